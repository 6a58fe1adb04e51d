import type { OrderId } from '../order-id.js';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { PassportReturnedTo, PassportsReturned } from '../events.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { passportsHeld, r12ReturnOnlyOnceBanEnded, requirePassportList } from '../rules/r12-passports-held.js';
import type { OrderInForceOrEnded, OrderState } from '../state.js';

/**
 * R12 (s18(5)-(6), s25(5)-(6)): surrendered passports are returned to the subject once no
 * all-countries ban is in force; a foreign or international-organisation passport may instead go
 * back to the authority that issued it at any time.
 */
export interface RecordPassportReturn {
  type: 'RecordPassportReturn';
  orderId: OrderId;
  returnedOn: IsoDate;
  passports: string[];
  /** Default 'subject'. */
  returnedTo?: PassportReturnedTo;
}

const RETURNED_TO: readonly PassportReturnedTo[] = ['subject', 'issuing-authority'];

function requireHeld(state: OrderInForceOrEnded, passports: readonly string[], returnedOn: IsoDate): void {
  const held = passportsHeld(state);
  passports.forEach((passport, index) => {
    if (!held.includes(passport)) {
      throw new RuleViolation('passport-not-held', `Passport ${passport} is not held under order ${state.orderId}: it was never surrendered, or has been returned.`, `passports[${index}]`);
    }
    const surrenderedOn = state.passports.surrendered.filter((s) => s.passports.includes(passport)).at(-1)?.surrenderedOn as IsoDate;
    if (compareDates(returnedOn, surrenderedOn) < 0) {
      throw new RuleViolation('date-before-surrender', `Passport ${passport} cannot be returned (${returnedOn}) before it was surrendered (${surrenderedOn}).`, 'returnedOn');
    }
  });
}

export function recordPassportReturn(command: RecordPassportReturn, state: OrderState, { actor, today }: DecisionContext): [PassportsReturned] {
  requireOrderManager(actor, 'record a passport return');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'record a passport return under an order owned by that force');

  const { returnedOn, passports } = command;
  const returnedTo = command.returnedTo ?? 'subject';
  if (!RETURNED_TO.includes(returnedTo)) {
    throw new RuleViolation('passport-returned-to-invalid', 'Passports go back to the subject or to the authority that issued them (s18(6)).', 'returnedTo');
  }
  requireNotInFuture(returnedOn, today, 'returnedOn', 'return');
  requireNotBeforeOrderMade(returnedOn, state.madeOn, 'returnedOn', 'return');
  requirePassportList(passports);
  requireHeld(state, passports, returnedOn);
  if (returnedTo === 'subject') r12ReturnOnlyOnceBanEnded(state, returnedOn);

  return [{ type: 'PassportsReturned', data: { orderId: state.orderId, returnedOn, passports: [...passports], returnedTo } }];
}
