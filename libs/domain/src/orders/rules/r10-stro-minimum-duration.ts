import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';
import { earliestEnd, lastsAtLeast } from './fixed-period.js';

/**
 * R10 (s24(4)-(5)): an STRO prohibition runs until further order or for a fixed period of at least
 * two years beginning with its start day (R40). Foreign travel prohibitions are R11's instead.
 */
export function r10StroMinimumDuration(terms: Pick<ProhibitionTerms, 'until'>, start: IsoDate, field: string): void {
  if (lastsAtLeast(terms, start, 2)) return;
  throw new RuleViolation(
    'R10',
    `An STRO prohibition must last at least two years or until further order, unless it is a foreign travel prohibition (s24(4)-(5)). Starting ${start}, it may end no earlier than ${earliestEnd(start, 2)}.`,
    `${field}.until`,
  );
}
