import type { IsoDate, OrderId } from '#domain';

/** An order whose last day in force is near, and the last day its owning force has still to be warned of. */
export interface ExpiryToWarnOf {
  orderId: OrderId;
  lastDay: IsoDate;
}

/**
 * Orders whose last day in force falls from `today` to `warningDays` after it and that have not been
 * warned of that day: the clock's to-do list of expiry warnings, nearest first.
 */
export class OrdersExpiringSoonQuery {
  constructor(
    readonly today: IsoDate,
    readonly warningDays: number,
    readonly limit: number,
  ) {}
}
