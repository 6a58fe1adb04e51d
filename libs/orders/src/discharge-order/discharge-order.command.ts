import type { IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

export class DischargeOrderCommand {
  constructor(
    readonly orderId: string,
    readonly discharge: { court: string; dischargedOn: IsoDate; consent: { subject: boolean; chiefOfficer: boolean } },
    readonly request: RequestContext,
  ) {}
}
