import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';
import { earliestEnd, lastsAtLeast } from './fixed-period.js';

/**
 * R35 (HTE(S)A 2015 s20(2)): Scottish orders have no "until further order"; a TEPO prohibition is
 * fixed for at least five years. A TERO's minimum is unverified, so none is imposed.
 */
export function r35ScottishOrderDuration(orderType: OrderType, terms: ProhibitionTerms, start: IsoDate, field: string): void {
  if (terms.until === null) {
    throw new RuleViolation(
      'R35',
      `A ${orderType} prohibition must be for a fixed period; Scottish orders cannot run until further order (HTE(S)A 2015 s20(2)).`,
      `${field}.until`,
    );
  }
  if (orderType === 'TEPO' && !lastsAtLeast(terms, start, 5)) {
    throw new RuleViolation(
      'R35',
      `A TEPO prohibition must last at least five years (HTE(S)A 2015 s20(2)). Starting ${start}, it may end no earlier than ${earliestEnd(start, 5)}.`,
      `${field}.until`,
    );
  }
}
