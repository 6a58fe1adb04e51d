import type { IsoDate, PassportSurrenderTerms } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';
import type { NewProhibition } from '../make-order/make-order.command.js';

/** Record what the appeal court decided (R27-R29). */
export class DetermineAppealCommand {
  constructor(
    readonly orderId: string,
    readonly details: { appealId: string; outcome: 'dismissed' | 'quashed' | 'varied'; decidedOn: IsoDate; variation?: { addProhibitions: NewProhibition[]; removeProhibitionIds: string[]; passportSurrender?: PassportSurrenderTerms | null } },
    readonly request: RequestContext,
  ) {}
}
