import type { ForceCode } from '#forces';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import type { NotifiedAddress } from '../events.js';
import type { OrderInForceOrEnded } from '../state.js';

/** A home address of the subject and the day the register came to know it. */
export interface KnownAddress extends NotifiedAddress {
  /** The day the order was made (the address at the making) or the day the subject notified it. */
  knownFrom: IsoDate;
}

/**
 * Where the subject lived as known at the end of `day`: the address notified latest on or before
 * it (of two notified the same day, the one recorded later), else the address when the order was
 * made; null when neither is known.
 */
export function subjectAddressOn(state: OrderInForceOrEnded, day: IsoDate): KnownAddress | null {
  let latest: KnownAddress | null = null;
  for (const { notifiedOn, address } of state.notifications) {
    if (compareDates(notifiedOn, day) > 0) continue;
    if (latest === null || compareDates(notifiedOn, latest.knownFrom) >= 0) latest = { ...address, knownFrom: notifiedOn };
  }
  if (latest) return latest;
  // A register row written before orders kept the address has no such field: nothing was known.
  const atMaking = state.subjectAddress ?? null;
  return atMaking && compareDates(state.madeOn, day) <= 0 ? { ...atMaking, knownFrom: state.madeOn } : null;
}

/** R18: the force area a new notification moves the subject from — the last address recorded, or the one when the order was made. */
export function lastKnownAddressForce(state: OrderInForceOrEnded): ForceCode | null {
  return state.notifications.at(-1)?.address.force ?? state.subjectAddress?.force ?? null;
}
