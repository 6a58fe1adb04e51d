import type { IsoDate } from '#domain';

/** One order as the register holds it, its status and prohibitions judged as at `today`. */
export class GetOrderQuery {
  constructor(
    readonly orderId: string,
    readonly today: IsoDate,
  ) {}
}
