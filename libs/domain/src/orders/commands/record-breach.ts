import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { BreachRecorded } from '../events.js';
import { requireOrderManagerOf } from '../permissions.js';
import { isProhibitionInForceOn } from '../queries/prohibitions-in-force-on.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireNewBreachId } from '../rules/unique-ids.js';
import type { OrderInForceOrEnded, OrderState } from '../state.js';

/** A suspected s30 breach (R31), recorded by the force where it happened against any force's order. */
export interface RecordBreach {
  type: 'RecordBreach';
  orderId: string;
  breachId: string;
  occurredOn: IsoDate;
  locationForce: string;
  description: string;
  prohibitionIds: string[];
}

function requireDescribed(command: RecordBreach): void {
  if (command.prohibitionIds.length === 0) {
    throw new RuleViolation('breach-cites-no-prohibition', 'Name the prohibition or prohibitions the subject is said to have broken (s30(1)).', 'prohibitionIds');
  }
  if (typeof command.description !== 'string' || command.description.trim() === '') {
    throw new RuleViolation('breach-description-empty', 'Describe what the subject is said to have done.', 'description');
  }
}

// A breach is judged against the order as it stood on the day: a prohibition removed or expired
// later still bound the subject then, and a breach reported after the order ended still counts.
function requireInForceOnTheDay(state: OrderInForceOrEnded, command: RecordBreach): void {
  if (state.status === 'discharged' && compareDates(command.occurredOn, state.dischargedOn) >= 0) {
    throw new RuleViolation(
      'breach-after-discharge',
      `Order ${state.orderId} was discharged on ${state.dischargedOn}; nothing done on or after that day breaches it (s30(1)).`,
      'occurredOn',
    );
  }
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

export function recordBreach(command: RecordBreach, state: OrderState, { actor, today }: DecisionContext): [BreachRecorded] {
  requireOrderManagerOf(actor, command.locationForce, 'record a breach that happened in that force area');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);

  requireNotInFuture(command.occurredOn, today, 'occurredOn', 'breach');
  requireNotBeforeOrderMade(command.occurredOn, state.madeOn, 'occurredOn', 'breach');
  requireDescribed(command);
  requireNewBreachId(command.breachId, state.breaches.map((b) => b.breachId));
  requireInForceOnTheDay(state, command);

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
      },
    },
  ];
}
