import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderExpiringSoon } from '../events.js';
import { requireClock } from '../permissions.js';
import { requireNotInFuture } from '../rules/dates-in-order.js';
import { isWithinWarning, lastDayToWarnOf } from '../rules/expiry-warning.js';
import type { OrderState } from '../state.js';

/** The clock's daily look at an order about to run out, so its owning force can seek a renewal in time. */
export interface WarnOfExpiry {
  type: 'WarnOfExpiry';
  orderId: OrderId;
  today: IsoDate;
  /** How many days before its last day an order is warned of (the register's configuration). */
  warningDays: number;
}

/**
 * Warns once a last day, from `warningDays` before it up to the day itself, when the order ends by
 * its own dates (R14): never while a prohibition runs until further order, nor once it has ended.
 * Nothing due ⇒ no events, so the clock may run as often as it likes.
 */
export function warnOfExpiry(command: WarnOfExpiry, state: OrderState, { actor, today }: DecisionContext): OrderExpiringSoon[] {
  requireClock(actor, 'that an order is about to expire');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireNotInFuture(command.today, today, 'today', 'expiry warning');

  const lastDay = lastDayToWarnOf(state);
  if (lastDay === null || !isWithinWarning(lastDay, command.today, command.warningDays)) return [];
  return [{ type: 'OrderExpiringSoon', data: { orderId: state.orderId, lastDay, warnedOn: command.today } }];
}
