import { compareDates, endOfPeriodBeginningWith, type IsoDate } from '../../dates/iso-date.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

/** Shared by the duration rules: a fixed prohibition lasts at least `years` when it runs to R40's end day. */
export function lastsAtLeast(terms: Pick<ProhibitionTerms, 'until'>, start: IsoDate, years: number): boolean {
  return terms.until === null || compareDates(terms.until, endOfPeriodBeginningWith(start, years)) >= 0;
}

export function earliestEnd(start: IsoDate, years: number): IsoDate {
  return endOfPeriodBeginningWith(start, years);
}
