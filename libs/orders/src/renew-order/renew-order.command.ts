import type { IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Record that a court renewed prohibitions (R21; foreign travel in steps of at most five years, R11). */
export class RenewOrderCommand {
  constructor(
    readonly orderId: string,
    readonly details: { court: string; renewedOn: IsoDate; prohibitions: { prohibitionId: string; until: IsoDate | null }[] },
    readonly request: RequestContext,
  ) {}
}
