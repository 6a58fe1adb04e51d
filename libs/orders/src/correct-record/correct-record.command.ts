import type { CorrectRecord, IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Correct a data-entry mistake by a new event, never an edit. */
export class CorrectRecordCommand {
  constructor(
    readonly orderId: string,
    readonly details: { correctedOn: IsoDate; reason: string; changes: CorrectRecord['changes'] },
    readonly request: RequestContext,
  ) {}
}
