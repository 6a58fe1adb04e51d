import type { OrderId } from '../order-id.js';
import type { ForceCode } from '#forces';
import type { IsoDate } from '../../dates/iso-date.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import type { OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';
import type { OrderMadeV2Data } from './order-made-v2.js';

/** OrderMade as schema version 1 wrote it, before the register kept the order's legal particulars. */
export interface OrderMadeV1Data {
  orderId: OrderId;
  orderType: OrderType;
  owningForce: ForceCode;
  court: string;
  madeOn: IsoDate;
  servedOn: IsoDate | null;
  subject: SubjectDetails;
  prohibitions: ProhibitionTerms[];
}

/** v1 → v2: the particulars were not recorded, so each reads as "not recorded" (null) or "nothing required". */
export function upcastOrderMadeV1(data: OrderMadeV1Data): OrderMadeV2Data {
  return {
    ...data,
    legalBasis: null,
    applicant: null,
    notifiedForce: null,
    qualifyingOffence: null,
    notification: { required: false, notifyTo: null },
    passportSurrender: null,
    interimOrderId: null,
  };
}
