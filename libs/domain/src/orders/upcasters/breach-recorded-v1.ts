import type { OrderId } from '../order-id.js';
import type { ForceCode } from '#forces';
import type { IsoDate } from '../../dates/iso-date.js';
import type { BreachRecorded } from '../events.js';

/** BreachRecorded as schema version 1 wrote it, when a breach could cite only prohibitions. */
export interface BreachRecordedV1Data {
  orderId: OrderId;
  breachId: string;
  occurredOn: IsoDate;
  locationForce: ForceCode;
  description: string;
  prohibitionIds: string[];
}

/** v1 → v2: a v1 breach cited no notification or passport requirement. */
export function upcastBreachRecordedV1(data: BreachRecordedV1Data): BreachRecorded['data'] {
  return { ...data, requirements: [] };
}
