import type { OrderId } from '../order-id.js';
import { addDays, compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderEvent, ProhibitionExpired } from '../events.js';
import { requireClock } from '../permissions.js';
import { requireNotInFuture } from '../rules/dates-in-order.js';
import { orderExpiryIfNoneInForce } from '../rules/r14-order-expiry.js';
import { isOrderInForce, type OrderState } from '../state.js';

/** The clock's daily sweep of an order (R14); also catches up orders entered with historic dates. */
export interface ExpireProhibitions {
  type: 'ExpireProhibitions';
  orderId: OrderId;
  today: IsoDate;
}

/**
 * R14: each fixed prohibition whose last day is before `today` expires the day after it; the order
 * expires when none remains in force. "Until further order" never expires. Nothing due ⇒ no
 * events, so the clock may run as often as it likes.
 */
export function expireProhibitions(command: ExpireProhibitions, state: OrderState, { actor, today }: DecisionContext): OrderEvent[] {
  requireClock(actor);
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireNotInFuture(command.today, today, 'today', 'expiry run');
  if (!isOrderInForce(state)) return [];

  const due = state.prohibitions
    .filter((p) => p.status === 'in-force' && p.until !== null && compareDates(p.until, command.today) < 0)
    .map((p): ProhibitionExpired => ({
      type: 'ProhibitionExpired',
      data: { orderId: state.orderId, prohibitionId: p.prohibitionId, expiredOn: addDays(p.until as IsoDate, 1) },
    }))
    .sort((a, b) => compareDates(a.data.expiredOn, b.data.expiredOn));
  if (due.length === 0) return [];

  // The order ends when its last prohibition did, whether by expiry now or removal earlier.
  return [...due, ...orderExpiryIfNoneInForce(state, new Map(due.map((event) => [event.data.prohibitionId, event.data.expiredOn])))];
}
