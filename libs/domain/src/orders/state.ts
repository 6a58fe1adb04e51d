import type { IsoDate } from '../dates/iso-date.js';
import type { SubjectDetails } from '../subjects/subject-details.js';
import type { OrderType } from './order-type.js';
import type { ProhibitionTerms } from './prohibition-terms.js';

export type ProhibitionStatus = 'in-force' | 'expired' | 'removed';

/**
 * A prohibition with its life on the order, so the order can be judged as it stood on any day:
 * in force from `startsOn` up to and including `until`, and never on or after `endedOn`.
 */
export interface Prohibition extends ProhibitionTerms {
  /** The day its period runs from: the day the order was made, or the variation that added it. */
  startsOn: IsoDate;
  /** 'removed' covers removal by a variation and by discharge of the whole order. */
  status: ProhibitionStatus;
  /** The first day it was no longer in force (removal or discharge day, or until + 1); null while in force. */
  endedOn: IsoDate | null;
}

export interface Breach {
  breachId: string;
  occurredOn: IsoDate;
  locationForce: string;
  description: string;
  prohibitionIds: string[];
}

export type OrderStatus = 'active' | 'interim' | 'expired' | 'discharged';

/** What every order on the register has, whatever its status. */
export interface OrderRecord {
  orderId: string;
  orderType: OrderType;
  owningForce: string;
  court: string;
  madeOn: IsoDate;
  servedOn: IsoDate | null;
  subject: SubjectDetails;
  prohibitions: Prohibition[];
  breaches: Breach[];
  /** The date of the latest variation; changes are entered in date order. */
  lastVariedOn: IsoDate | null;
}

export interface OrderInForce extends OrderRecord {
  status: 'active' | 'interim';
}

export interface ExpiredOrder extends OrderRecord {
  status: 'expired';
  /** The first day no prohibition was in force. */
  expiredOn: IsoDate;
}

export interface DischargedOrder extends OrderRecord {
  status: 'discharged';
  /** The first day the order was no longer in force. */
  dischargedOn: IsoDate;
  dischargedBy: string;
  consent: { subject: boolean; chiefOfficer: boolean };
}

export type OrderInForceOrEnded = OrderInForce | ExpiredOrder | DischargedOrder;

/** An order that does not exist has no fields; the stream version is the store's business. */
export type OrderState = { status: 'none' } | OrderInForceOrEnded;

export const initialState: OrderState = Object.freeze({ status: 'none' });

export function isOrderInForce(state: OrderState): state is OrderInForce {
  return state.status === 'active' || state.status === 'interim';
}

export function orderExists(state: OrderState): state is OrderInForceOrEnded {
  return state.status !== 'none';
}
