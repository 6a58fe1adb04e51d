import type { IsoDate } from '#domain';

/** R26: the full order that determines the main application ends the interim order. Issued by STOR's policy. */
export class EndInterimOrderCommand {
  constructor(
    readonly orderId: string,
    readonly determinedBy: string,
    readonly endedOn: IsoDate,
  ) {}
}
