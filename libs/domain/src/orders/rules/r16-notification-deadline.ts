import { addDays, daysBetween, type IsoDate } from '../../dates/iso-date.js';

/**
 * R16-R17 (s19(3)-(4), s26(3)-(4)): "within 3 days beginning with the day" X — the deadline is the
 * end of day X + 2 (served 2025-03-11 ⇒ notify by 2025-03-13).
 */
export function notificationDeadline(servedOn: IsoDate): IsoDate {
  return addDays(servedOn, 2);
}

/** How many days after `deadline` something was done on `on`; 0 when on time. */
export function daysLate(deadline: IsoDate, on: IsoDate): number {
  return Math.max(0, daysBetween(deadline, on));
}
