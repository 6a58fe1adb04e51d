import type { IsoDate } from '#domain';

/** R13: a new order of the same kind for the same subject ends the earlier one. Issued by STOR's policy. */
export class SupersedeOrderCommand {
  constructor(
    readonly orderId: string,
    readonly supersededBy: string,
    readonly supersededOn: IsoDate,
  ) {}
}
