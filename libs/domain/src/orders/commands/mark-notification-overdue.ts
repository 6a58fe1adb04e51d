import type { OrderId } from '../order-id.js';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { NotificationOverdue } from '../events.js';
import { requireClock } from '../permissions.js';
import { requireNotInFuture } from '../rules/dates-in-order.js';
import { isOrderInForce, type OrderState } from '../state.js';

/** The clock's daily check of the initial notification (R16); failing to notify is itself an offence (R19, R31). */
export interface MarkNotificationOverdue {
  type: 'MarkNotificationOverdue';
  orderId: OrderId;
  today: IsoDate;
}

/**
 * Overdue once `today` is after the deadline with nothing received. Recorded once; nothing due ⇒
 * no events, so the clock may run as often as it likes.
 */
export function markNotificationOverdue(command: MarkNotificationOverdue, state: OrderState, { actor, today }: DecisionContext): NotificationOverdue[] {
  requireClock(actor, 'that a notification is overdue');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireNotInFuture(command.today, today, 'today', 'overdue check');
  if (!isOrderInForce(state)) return [];

  const { required, dueBy, receivedOn, overdueSince } = state.notification;
  if (!required || dueBy === null || receivedOn !== null || overdueSince !== null) return [];
  if (compareDates(command.today, dueBy) <= 0) return [];
  return [{ type: 'NotificationOverdue', data: { orderId: state.orderId, dueBy, markedOn: command.today } }];
}
