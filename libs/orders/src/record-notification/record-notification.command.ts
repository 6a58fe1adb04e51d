import type { IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Record the subject's notification of names and home address (R16-R18). */
export class RecordNotificationCommand {
  constructor(
    readonly orderId: string,
    readonly details: { notifiedOn: IsoDate; changedOn?: IsoDate | null; names: string[]; address: { line1: string; postcode: string; force: string } },
    readonly request: RequestContext,
  ) {}
}
