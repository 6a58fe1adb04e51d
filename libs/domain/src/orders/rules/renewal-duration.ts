import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { LegalConfig } from '../legal-config.js';
import type { OrderType } from '../order-type.js';
import type { Prohibition } from '../state.js';
import { checkDurationForOrderType } from './prohibition-duration.js';
import { r11ForeignTravelExtension } from './r11-foreign-travel-extension.js';

/** A renewal makes a prohibition last longer: to a later day, or until further order where the law allows it. */
export function requireRenewalLater(prohibition: Prohibition, until: IsoDate | null, field: string): void {
  if (prohibition.until === null) {
    throw new RuleViolation('renewal-not-later', `Prohibition ${prohibition.prohibitionId} already runs until further order; there is nothing to renew.`, `${field}.until`);
  }
  if (until !== null && compareDates(until, prohibition.until) <= 0) {
    throw new RuleViolation(
      'renewal-not-later',
      `A renewal must extend prohibition ${prohibition.prohibitionId} beyond ${prohibition.until}, its current last day; to shorten it, vary the order.`,
      `${field}.until`,
    );
  }
}

/**
 * s20, s27: a renewed prohibition obeys its order type's duration rule measured from the renewal
 * day (R9 five years, R10 two years, R35 Scottish fixed periods, R26 interim fixed periods), and a
 * foreign travel prohibition is extended by at most five years at a time (R11).
 */
export function checkRenewedDuration(prohibition: Prohibition, until: IsoDate | null, orderType: OrderType, renewedOn: IsoDate, field: string, legal: LegalConfig): void {
  requireRenewalLater(prohibition, until, field);
  if (prohibition.foreignTravel) {
    r11ForeignTravelExtension(prohibition.until as IsoDate, until, field);
    return;
  }
  checkDurationForOrderType(orderType, { until }, renewedOn, field, legal);
}
