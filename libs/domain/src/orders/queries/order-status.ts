import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { isInterimOrderType } from '../order-type.js';
import { endedByDecisionOn, type OrderState, type OrderStatus } from '../state.js';
import { prohibitionsInForceOn } from './prohibitions-in-force-on.js';

/** The status as the register holds it now; 'none' when there is no such order. */
export function orderStatus(state: OrderState): OrderStatus | 'none' {
  return state.status;
}

/**
 * The status the order had on `day` by its own dates (for `?asAt=`): 'none' before it was made;
 * 'discharged', 'quashed', 'superseded' or 'ended' from the day that ended it; 'expired' once no
 * prohibition was in force.
 */
export function orderStatusOn(state: OrderState, day: IsoDate): OrderStatus | 'none' {
  if (state.status === 'none' || compareDates(day, state.madeOn) < 0) return 'none';
  const endedOn = endedByDecisionOn(state);
  if (endedOn !== null && compareDates(day, endedOn) >= 0) return state.status;
  if (prohibitionsInForceOn(state, day).length === 0) return 'expired';
  return isInterimOrderType(state.orderType) ? 'interim' : 'active';
}
