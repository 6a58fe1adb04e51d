import { daysBetween, type IsoDate } from '../../dates/iso-date.js';
import { orderInForceUntil } from '../queries/order-in-force-until.js';
import type { OrderState } from '../state.js';

/**
 * The last day in force the owning force has still to be warned of: the order's last day by its
 * dates, the day before OrderExpired would say it ended (R14), unless it was warned of that very
 * day. Null while a prohibition runs until further order (it never expires on its own), once the
 * order has ended, and once warned: a renewal or variation that moves the last day makes it due again.
 */
export function lastDayToWarnOf(state: OrderState): IsoDate | null {
  const lastDay = orderInForceUntil(state);
  if (lastDay === null || state.status === 'none') return null;
  return state.expiryWarnedFor === lastDay ? null : lastDay;
}

/**
 * Whether `today` is inside the warning window of `lastDay`: from `warningDays` days before it up to
 * the day itself. After it the order is the expiry sweep's, not a warning's.
 */
export function isWithinWarning(lastDay: IsoDate, today: IsoDate, warningDays: number): boolean {
  const daysLeft = daysBetween(today, lastDay);
  return daysLeft >= 0 && daysLeft <= warningDays;
}
