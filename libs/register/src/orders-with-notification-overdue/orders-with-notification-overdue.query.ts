import type { IsoDate } from '#domain';
/** Orders in force whose subject has not notified by the deadline (R16/R17) and that are not yet marked. */
export class OrdersWithNotificationOverdueQuery {
  constructor(
    readonly today: IsoDate,
    readonly limit: number,
  ) {}
}
