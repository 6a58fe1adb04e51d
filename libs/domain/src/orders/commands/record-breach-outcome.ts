import type { OrderId } from '../order-id.js';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import { BREACH_OUTCOMES, SENTENCE_KINDS, type BreachOutcome, type BreachOutcomeRecorded, type Sentence } from '../events.js';
import { forceJurisdiction } from '../force-jurisdiction.js';
import { legalConfigOf } from '../legal-config.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { requireNotInFuture } from '../rules/dates-in-order.js';
import { r32BreachPenalty } from '../rules/r32-breach-penalty.js';
import { r33NoConditionalDischarge } from '../rules/r33-no-conditional-discharge.js';
import type { Breach, OrderState } from '../state.js';

/**
 * What became of a breach (R31-R33): charged, then convicted (with the sentence), acquitted, no
 * further action, or cautioned. Recorded by the force where the breach happened. `court`
 * 'magistrates' is summary conviction, 'crown' conviction on indictment.
 */
export interface RecordBreachOutcome {
  type: 'RecordBreachOutcome';
  orderId: OrderId;
  breachId: string;
  outcome: BreachOutcome;
  decidedOn: IsoDate;
  sentence?: Sentence;
}

function requireOutcomeAndSentence(command: RecordBreachOutcome): Sentence | null {
  if (!BREACH_OUTCOMES.includes(command.outcome)) {
    throw new RuleViolation('unknown-breach-outcome', `A breach is charged, convicted, acquitted, cautioned or taken no further; not ${JSON.stringify(command.outcome)}.`, 'outcome');
  }
  const sentence = command.sentence ?? null;
  if (sentence === null) return null;
  if (command.outcome !== 'convicted') {
    throw new RuleViolation('sentence-without-conviction', `A sentence follows only a conviction; this outcome is ${command.outcome}.`, 'sentence');
  }
  if (!SENTENCE_KINDS.includes(sentence.kind)) {
    throw new RuleViolation('sentence-invalid', `The sentence must be one of ${SENTENCE_KINDS.join(', ')}.`, 'sentence.kind');
  }
  if (sentence.court !== 'magistrates' && sentence.court !== 'crown') {
    throw new RuleViolation('sentence-invalid', "Say whether the sentence was passed on summary conviction ('magistrates') or on indictment ('crown').", 'sentence.court');
  }
  const copy: Sentence = { kind: sentence.kind, court: sentence.court };
  if (sentence.months !== undefined) copy.months = sentence.months;
  return copy;
}

function requireInDateOrder(breach: Breach, decidedOn: IsoDate): void {
  if (compareDates(decidedOn, breach.occurredOn) < 0) {
    throw new RuleViolation('date-before-breach', `The outcome (${decidedOn}) cannot be decided before the breach happened (${breach.occurredOn}).`, 'decidedOn');
  }
  const last = breach.outcomes.at(-1);
  if (last && compareDates(decidedOn, last.decidedOn) < 0) {
    throw new RuleViolation('date-before-last-outcome', `The outcome (${decidedOn}) is before the last outcome recorded for this breach (${last.outcome}, ${last.decidedOn}); enter outcomes in date order.`, 'decidedOn');
  }
}

export function recordBreachOutcome(command: RecordBreachOutcome, state: OrderState, context: DecisionContext): [BreachOutcomeRecorded] {
  const { actor, today } = context;
  requireOrderManager(actor, 'record the outcome of a breach');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  const breach = state.breaches.find((b) => b.breachId === command.breachId);
  if (!breach) throw new RuleViolation('unknown-breach', `Order ${state.orderId} has no breach ${command.breachId}.`, 'breachId');
  requireOrderManagerOf(actor, breach.locationForce, 'record the outcome of a breach that happened in that force area');

  const sentence = requireOutcomeAndSentence(command);
  requireNotInFuture(command.decidedOn, today, 'decidedOn', 'outcome');
  requireInDateOrder(breach, command.decidedOn);
  if (sentence !== null) {
    r33NoConditionalDischarge(sentence);
    r32BreachPenalty(sentence, forceJurisdiction(breach.locationForce), legalConfigOf(context));
  }

  return [
    {
      type: 'BreachOutcomeRecorded',
      data: { orderId: state.orderId, breachId: breach.breachId, outcome: command.outcome, decidedOn: command.decidedOn, sentence },
    },
  ];
}
