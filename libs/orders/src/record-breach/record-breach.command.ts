import type { BreachRequirement, IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

export class RecordBreachCommand {
  constructor(
    readonly orderId: string,
    readonly breach: { occurredOn: IsoDate; locationForce: string; description: string; prohibitionIds: string[]; requirements?: BreachRequirement[] },
    readonly request: RequestContext,
  ) {}
}
