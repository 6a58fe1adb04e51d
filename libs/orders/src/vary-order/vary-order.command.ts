import type { IsoDate, PassportSurrenderTerms } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';
import type { NewProhibition } from '../make-order/make-order.command.js';

export class VaryOrderCommand {
  constructor(
    readonly orderId: string,
    readonly variation: { court: string; variedOn: IsoDate; addProhibitions: NewProhibition[]; removeProhibitionIds: string[]; passportSurrender?: PassportSurrenderTerms | null },
    readonly request: RequestContext,
  ) {}
}
