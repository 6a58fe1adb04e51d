import { latestOf, type IsoDate } from '../../dates/iso-date.js';
import type { OrderState } from '../state.js';
import { prohibitionsInForce } from './prohibitions-in-force-on.js';

/**
 * The last day the order will be in force if nothing changes: the latest `until` of its in-force
 * prohibitions (OrderExpired will then say the day after). Null when it is not in force, or when a
 * prohibition runs until further order, because then it never expires on its own (R14).
 */
export function orderInForceUntil(state: OrderState): IsoDate | null {
  if (state.status !== 'active' && state.status !== 'interim') return null;
  const inForce = prohibitionsInForce(state);
  if (inForce.some((p) => p.until === null)) return null;
  return latestOf(inForce.map((p) => p.until as IsoDate));
}
