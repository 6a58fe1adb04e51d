import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { PassportsSurrendered } from '../events.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { passportsHeld, requirePassportList } from '../rules/r12-passports-held.js';
import { daysLate } from '../rules/r16-notification-deadline.js';
import type { OrderState } from '../state.js';

/** R12 (s18(4), s25(4)): the subject surrendered passports at the police station the order names. */
export interface RecordPassportSurrender {
  type: 'RecordPassportSurrender';
  orderId: OrderId;
  surrenderedOn: IsoDate;
  passports: string[];
}

export function recordPassportSurrender(command: RecordPassportSurrender, state: OrderState, { actor, today }: DecisionContext): [PassportsSurrendered] {
  requireOrderManager(actor, 'record a passport surrender');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'record a passport surrender under an order owned by that force');

  const { surrenderDue } = state.passports;
  if (surrenderDue === null) {
    throw new RuleViolation('R12', `Order ${state.orderId} does not require the subject to surrender passports (s18(4), s25(4)).`, 'passports');
  }
  const { surrenderedOn, passports } = command;
  requireNotInFuture(surrenderedOn, today, 'surrenderedOn', 'surrender');
  requireNotBeforeOrderMade(surrenderedOn, state.madeOn, 'surrenderedOn', 'surrender');
  if (prohibitionsInForceOn(state, surrenderedOn).length === 0) {
    throw new RuleViolation('order-not-in-force', `Order ${state.orderId} was not in force on ${surrenderedOn}, so nothing required a surrender then.`, 'surrenderedOn');
  }
  requirePassportList(passports);
  const held = passportsHeld(state);
  passports.forEach((passport, index) => {
    if (held.includes(passport)) {
      throw new RuleViolation('passport-already-surrendered', `Passport ${passport} was already surrendered and has not been returned.`, `passports[${index}]`);
    }
  });

  return [
    {
      type: 'PassportsSurrendered',
      data: { orderId: state.orderId, surrenderedOn, passports: [...passports], lateBy: daysLate(surrenderDue.dueOn, surrenderedOn) },
    },
  ];
}
