import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import type { OrderState, Prohibition } from '../state.js';

/**
 * In force on `day` by the order's own dates — from the day it started, through its `until`, and
 * before the day it was removed, discharged or expired — whether or not the clock has yet
 * recorded its expiry.
 */
export function isProhibitionInForceOn(prohibition: Prohibition, day: IsoDate): boolean {
  return (
    compareDates(prohibition.startsOn, day) <= 0 &&
    (prohibition.until === null || compareDates(day, prohibition.until) <= 0) &&
    (prohibition.endedOn === null || compareDates(day, prohibition.endedOn) < 0)
  );
}

/** The prohibitions of the order as it stood on `day`: what a breach that day is judged against. */
export function prohibitionsInForceOn(state: OrderState, day: IsoDate): Prohibition[] {
  if (state.status === 'none') return [];
  return state.prohibitions.filter((prohibition) => isProhibitionInForceOn(prohibition, day));
}

/** The prohibitions the register currently holds as in force (status only, not re-judged by date). */
export function prohibitionsInForce(state: OrderState): Prohibition[] {
  if (state.status === 'none') return [];
  return state.prohibitions.filter((prohibition) => prohibition.status === 'in-force');
}
