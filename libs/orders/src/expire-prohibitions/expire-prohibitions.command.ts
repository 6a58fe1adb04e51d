import type { IsoDate } from '#domain';

/** Issued by the clock, not a user: prohibitions whose last day has passed stop being in force. */
export class ExpireProhibitionsCommand {
  constructor(
    readonly orderId: string,
    readonly today: IsoDate,
  ) {}
}
