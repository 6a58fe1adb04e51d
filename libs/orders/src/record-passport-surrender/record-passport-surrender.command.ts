import type { IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Record passports surrendered under an all-countries travel ban (R12). */
export class RecordPassportSurrenderCommand {
  constructor(
    readonly orderId: string,
    readonly details: { surrenderedOn: IsoDate; passports: string[] },
    readonly request: RequestContext,
  ) {}
}
