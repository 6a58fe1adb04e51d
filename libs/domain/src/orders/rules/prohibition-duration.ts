import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { DEFAULT_LEGAL_CONFIG, type LegalConfig } from '../legal-config.js';
import type { OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';
import { r10StroMinimumDuration } from './r10-stro-minimum-duration.js';
import { r11ForeignTravelLimits } from './r11-foreign-travel-limits.js';
import { r26InterimFixedPeriod } from './r26-interim-fixed-period.js';
import { r35ScottishOrderDuration } from './r35-scottish-order-duration.js';
import { r9StpoMinimumDuration } from './r9-stpo-minimum-duration.js';

/** A fixed period has to end after the day it begins, or it never bites. */
export function requireUntilAfterStart(terms: ProhibitionTerms, start: IsoDate, field: string): void {
  if (terms.until === null) return;
  if (compareDates(terms.until, start) <= 0) {
    throw new RuleViolation('until-not-after-start', `A prohibition starting ${start} must end after that day, not on ${terms.until}.`, `${field}.until`);
  }
}

/** Which duration rule the law applies to a prohibition of this order type, starting on `start`. */
export function checkProhibitionDuration(orderType: OrderType, terms: ProhibitionTerms, start: IsoDate, field: string, legal: LegalConfig = DEFAULT_LEGAL_CONFIG): void {
  requireUntilAfterStart(terms, start, field);
  if (terms.foreignTravel) {
    // R11 sets a foreign travel prohibition's limits whatever the order type (and it is always fixed, as R26 asks).
    r11ForeignTravelLimits(orderType, terms, start, field);
    return;
  }
  checkDurationForOrderType(orderType, terms, start, field, legal);
}

/** R9, R10, R35, R26: the duration rule of the order's type, for a prohibition other than foreign travel. */
export function checkDurationForOrderType(orderType: OrderType, terms: Pick<ProhibitionTerms, 'until'>, start: IsoDate, field: string, legal: LegalConfig): void {
  switch (orderType) {
    case 'STPO':
    case 'NI_STPO':
      r9StpoMinimumDuration(orderType, terms, start, field);
      return;
    case 'STRO':
      r10StroMinimumDuration(terms, start, field);
      return;
    case 'TEPO':
    case 'TERO':
      r35ScottishOrderDuration(orderType, terms, start, field, legal.teroMinimumYears);
      return;
    case 'INTERIM_STPO':
    case 'INTERIM_STRO':
    case 'INTERIM_TEPO':
    case 'INTERIM_TERO':
    case 'NI_INTERIM_STPO':
      r26InterimFixedPeriod(orderType, terms, field);
      return;
    default: {
      const unhandled: never = orderType;
      throw new Error(`No duration rule for order type ${String(unhandled)}`);
    }
  }
}
