import type { IsoDate, OrderAsAt, OrderId } from '#domain';

/** The order as it stood at the end of a day, folded from its log (effective dates, not entry dates). */
export class OrderAsAtQuery {
  constructor(
    readonly orderId: OrderId,
    readonly day: IsoDate,
  ) {}
}

export type OrderAsAtResult =
  | { found: 'no-order' }
  | { found: 'not-yet-made'; madeOn: string; forces: string[] }
  | { found: 'order'; view: OrderAsAt & { type: string; version: number }; forces: string[] };
