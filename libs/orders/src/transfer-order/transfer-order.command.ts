import type { IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Move management of the order to another force; the previous owner keeps read access (R39). */
export class TransferOrderCommand {
  constructor(
    readonly orderId: string,
    readonly details: { toForce: string; transferredOn: IsoDate },
    readonly request: RequestContext,
  ) {}
}
