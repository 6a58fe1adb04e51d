import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { OrderVaried } from '../events.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

/** OrderVaried as schema version 1 wrote it, before a variation could carry a passport surrender requirement. */
export interface OrderVariedV1Data {
  orderId: OrderId;
  court: string;
  variedOn: IsoDate;
  addedProhibitions: ProhibitionTerms[];
  removedProhibitionIds: string[];
}

/** v1 → v2: no surrender requirement was recorded with the variation. */
export function upcastOrderVariedV1(data: OrderVariedV1Data): OrderVaried['data'] {
  return { ...data, passportSurrender: null };
}
