import type { IsoDate, OrderId } from '#domain';

/** One order as the register holds it, its status and prohibitions judged as at `today`. */
export class GetOrderQuery {
  constructor(
    readonly orderId: OrderId,
    readonly today: IsoDate,
  ) {}
}
