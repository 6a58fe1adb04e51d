import type { OrderId } from '../order-id.js';
import type { ForceCode } from '#forces';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import { BREACH_REQUIREMENTS, type BreachRecorded, type BreachRequirement } from '../events.js';
import { requireOrderManagerOf } from '../permissions.js';
import { isProhibitionInForceOn, prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireNewBreachId } from '../rules/unique-ids.js';
import { endedByDecisionOn, type OrderInForceOrEnded, type OrderState } from '../state.js';

/** A suspected s30 breach (R31), recorded by the force where it happened against any force's order. */
export interface RecordBreach {
  type: 'RecordBreach';
  orderId: OrderId;
  breachId: string;
  occurredOn: IsoDate;
  locationForce: ForceCode;
  description: string;
  prohibitionIds: string[];
  /** R31 (s30(1)(b)): a failure to notify (s19, s26) or to surrender passports (s18(4), s25(4)). */
  requirements?: BreachRequirement[];
}

function requireDescribed(command: RecordBreach, requirements: readonly BreachRequirement[]): void {
  if (command.prohibitionIds.length === 0 && requirements.length === 0) {
    throw new RuleViolation(
      'breach-cites-no-prohibition',
      'Name the prohibition or prohibitions the subject is said to have broken, or the notification or passport requirement not complied with (s30(1)).',
      'prohibitionIds',
    );
  }
  if (command.description.trim() === '') {
    throw new RuleViolation('breach-description-empty', 'Describe what the subject is said to have done.', 'description');
  }
}

const ENDED_BY: Record<string, string> = { quashed: 'quashed on appeal', superseded: 'superseded by a later order (R13)', ended: 'ended when its main application was determined (R26)' };

// A breach is judged against the order as it stood on the day: a prohibition removed or expired
// later still bound the subject then, and a breach reported after the order ended still counts.
function requireOrderInForceOnTheDay(state: OrderInForceOrEnded, occurredOn: IsoDate): void {
  const endedOn = endedByDecisionOn(state);
  if (endedOn === null || compareDates(occurredOn, endedOn) < 0) return;
  if (state.status === 'discharged') {
    throw new RuleViolation(
      'breach-after-discharge',
      `Order ${state.orderId} was discharged on ${endedOn}; nothing done on or after that day breaches it (s30(1)).`,
      'occurredOn',
    );
  }
  throw new RuleViolation(
    'breach-after-order-ended',
    `Order ${state.orderId} was ${ENDED_BY[state.status] ?? state.status} on ${endedOn}; nothing done on or after that day breaches it (s30(1)).`,
    'occurredOn',
  );
}

function requireProhibitionsInForceOnTheDay(state: OrderInForceOrEnded, command: RecordBreach): void {
  command.prohibitionIds.forEach((id, index) => {
    const prohibition = state.prohibitions.find((p) => p.prohibitionId === id);
    if (!prohibition) {
      throw new RuleViolation('unknown-prohibition', `Order ${state.orderId} has no prohibition ${id}.`, `prohibitionIds[${index}]`);
    }
    if (!isProhibitionInForceOn(prohibition, command.occurredOn)) {
      throw new RuleViolation(
        'prohibition-not-in-force',
        `Prohibition ${id} of order ${state.orderId} was not in force on ${command.occurredOn}, so doing it that day was no breach (s30(1)).`,
        `prohibitionIds[${index}]`,
      );
    }
  });
}

/** R31: a requirement can be broken only if the order imposed it and was in force that day. */
function requireRequirementsImposed(state: OrderInForceOrEnded, command: RecordBreach, requirements: readonly BreachRequirement[]): void {
  requirements.forEach((requirement, index) => {
    const field = `requirements[${index}]`;
    if (!BREACH_REQUIREMENTS.includes(requirement)) {
      throw new RuleViolation('unknown-requirement', `A breach can cite the notification or passport-surrender requirement, not ${JSON.stringify(requirement)}.`, field);
    }
    const imposed = requirement === 'notification' ? state.notification.required : state.passports.surrenderDue !== null;
    if (!imposed) {
      throw new RuleViolation('R31', `Order ${state.orderId} imposes no ${requirement} requirement, so there is none to breach (s30(1)(b)).`, field);
    }
    if (prohibitionsInForceOn(state, command.occurredOn).length === 0) {
      throw new RuleViolation('R31', `Order ${state.orderId} was not in force on ${command.occurredOn}, so its ${requirement} requirement did not bind the subject then.`, field);
    }
  });
}

export function recordBreach(command: RecordBreach, state: OrderState, { actor, today }: DecisionContext): [BreachRecorded] {
  requireOrderManagerOf(actor, command.locationForce, 'record a breach that happened in that force area');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);

  const requirements = command.requirements ?? [];
  requireNotInFuture(command.occurredOn, today, 'occurredOn', 'breach');
  requireNotBeforeOrderMade(command.occurredOn, state.madeOn, 'occurredOn', 'breach');
  requireDescribed(command, requirements);
  requireNewBreachId(command.breachId, state.breaches.map((b) => b.breachId));
  requireOrderInForceOnTheDay(state, command.occurredOn);
  requireProhibitionsInForceOnTheDay(state, command);
  requireRequirementsImposed(state, command, requirements);

  return [
    {
      type: 'BreachRecorded',
      data: {
        orderId: state.orderId,
        breachId: command.breachId,
        occurredOn: command.occurredOn,
        locationForce: command.locationForce,
        description: command.description,
        prohibitionIds: [...command.prohibitionIds],
        requirements: [...new Set(requirements)],
      },
    },
  ];
}
