import type { IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Record an appeal against the order; the order stays in force until it is decided (R30). */
export class LodgeAppealCommand {
  constructor(
    readonly orderId: string,
    readonly details: { court: string; lodgedOn: IsoDate },
    readonly request: RequestContext,
  ) {}
}
