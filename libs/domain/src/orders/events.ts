import type { IsoDate } from '../dates/iso-date.js';
import type { SubjectDetails } from '../subjects/subject-details.js';
import type { OrderType } from './order-type.js';
import type { ProhibitionTerms } from './prohibition-terms.js';

// Facts, in the past tense, as plain data. Actor, recordedAt, event id and schemaVersion are
// metadata that the application layer adds when it appends them.

export interface OrderMade {
  type: 'OrderMade';
  data: {
    orderId: string;
    orderType: OrderType;
    owningForce: string;
    court: string;
    madeOn: IsoDate;
    servedOn: IsoDate | null;
    subject: SubjectDetails;
    prohibitions: ProhibitionTerms[];
  };
}

export interface OrderVaried {
  type: 'OrderVaried';
  data: {
    orderId: string;
    court: string;
    variedOn: IsoDate;
    addedProhibitions: ProhibitionTerms[];
    removedProhibitionIds: string[];
  };
}

export interface OrderDischarged {
  type: 'OrderDischarged';
  data: {
    orderId: string;
    court: string;
    dischargedOn: IsoDate;
    consent: { subject: boolean; chiefOfficer: boolean };
  };
}

export interface BreachRecorded {
  type: 'BreachRecorded';
  data: {
    orderId: string;
    breachId: string;
    occurredOn: IsoDate;
    locationForce: string;
    description: string;
    prohibitionIds: string[];
  };
}

export interface ProhibitionExpired {
  type: 'ProhibitionExpired';
  /** expiredOn is the first day the prohibition is no longer in force: its `until` plus one day. */
  data: { orderId: string; prohibitionId: string; expiredOn: IsoDate };
}

export interface OrderExpired {
  type: 'OrderExpired';
  /** expiredOn is the first day no prohibition of the order is in force. */
  data: { orderId: string; expiredOn: IsoDate };
}

export type OrderEvent = OrderMade | OrderVaried | OrderDischarged | BreachRecorded | ProhibitionExpired | OrderExpired;
export type OrderEventType = OrderEvent['type'];

/** The current shape of each event; bump it with an upcaster beside the old shape (see upcast.ts). */
export const EVENT_SCHEMA_VERSIONS: Record<OrderEventType, number> = Object.freeze({
  OrderMade: 1,
  OrderVaried: 1,
  OrderDischarged: 1,
  BreachRecorded: 1,
  ProhibitionExpired: 1,
  OrderExpired: 1,
});
