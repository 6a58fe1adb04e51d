import { type IsoDate, latestOf } from '../../dates/iso-date.js';
import type { OrderExpired } from '../events.js';
import type { OrderInForce } from '../state.js';

/**
 * R14: an order expires when no prohibition remains in force, on the day the last of them ended.
 * `ending`: the prohibitions this decision ends, with the day each ends (an expiry, or a removal by
 * a variation); `adding`: how many it adds. A variation dated before an expiry the clock has already
 * recorded may remove the last prohibition still in force: the order then ended when the last did,
 * as if the clock had come after the variation.
 */
export function orderExpiryIfNoneInForce(state: OrderInForce, ending: ReadonlyMap<string, IsoDate>, adding = 0): OrderExpired[] {
  if (adding > 0) return [];
  if (state.prohibitions.some((p) => p.status === 'in-force' && !ending.has(p.prohibitionId))) return [];
  const endings = [...ending.values(), ...state.prohibitions.flatMap((p) => (p.endedOn === null ? [] : [p.endedOn]))];
  const expiredOn = latestOf(endings);
  return expiredOn === null ? [] : [{ type: 'OrderExpired', data: { orderId: state.orderId, expiredOn } }];
}
