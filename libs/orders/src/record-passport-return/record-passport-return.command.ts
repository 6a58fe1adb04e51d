import type { IsoDate, PassportReturnedTo } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Record passports returned once no all-countries ban is in force (R12). */
export class RecordPassportReturnCommand {
  constructor(
    readonly orderId: string,
    readonly details: { returnedOn: IsoDate; passports: string[]; returnedTo?: PassportReturnedTo },
    readonly request: RequestContext,
  ) {}
}
