import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';
import { earliestEnd, lastsAtLeast } from './fixed-period.js';

/**
 * R35 (HTE(S)A 2015 s20(2)): Scottish orders have no "until further order"; a TEPO prohibition is
 * fixed for at least five years. A TERO's minimum is unverified: `teroMinimumYears` from the
 * configuration (default none).
 */
export function r35ScottishOrderDuration(orderType: OrderType, terms: Pick<ProhibitionTerms, 'until'>, start: IsoDate, field: string, teroMinimumYears: number | null = null): void {
  if (terms.until === null) {
    throw new RuleViolation(
      'R35',
      `A ${orderType} prohibition must be for a fixed period; Scottish orders cannot run until further order (HTE(S)A 2015 s20(2)).`,
      `${field}.until`,
    );
  }
  const minimumYears = orderType === 'TEPO' ? 5 : orderType === 'TERO' ? teroMinimumYears : null;
  if (minimumYears !== null && minimumYears > 0 && !lastsAtLeast(terms, start, minimumYears)) {
    throw new RuleViolation(
      'R35',
      `A ${orderType} prohibition must last at least ${minimumYears === 5 ? 'five' : minimumYears} years (HTE(S)A 2015 ${orderType === 'TEPO' ? 's20(2)' : 'Part 4, as configured'}). Starting ${start}, it may end no earlier than ${earliestEnd(start, minimumYears)}.`,
      `${field}.until`,
    );
  }
}
