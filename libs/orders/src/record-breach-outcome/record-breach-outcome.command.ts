import type { IsoDate } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Record what became of a breach (R31-R33). */
export class RecordBreachOutcomeCommand {
  constructor(
    readonly orderId: string,
    readonly details: { breachId: string; outcome: 'charged' | 'convicted' | 'acquitted' | 'no-further-action' | 'cautioned'; decidedOn: IsoDate; sentence?: { kind: 'custody' | 'suspended-custody' | 'community' | 'fine' | 'absolute-discharge' | 'conditional-discharge'; months?: number; court: 'magistrates' | 'crown' } },
    readonly request: RequestContext,
  ) {}
}
