import type { OrderMade } from '../events.js';

/** OrderMade as schema version 2 wrote it, before the register kept where the subject lived when it was made. */
export type OrderMadeV2Data = Omit<OrderMade['data'], 'subjectAddress'>;

/** v2 → v3: where the subject lived was not recorded. */
export function upcastOrderMadeV2(data: OrderMadeV2Data): OrderMade['data'] {
  return { ...data, subjectAddress: null };
}
