import { addDays, compareDates, endOfPeriodBeginningWith, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';

/**
 * R11 (s18(3), s25(3)): a foreign travel prohibition is extended by a further period of no more
 * than five years each time — beginning the day after it would have ended — and never becomes
 * "until further order".
 */
export function r11ForeignTravelExtension(currentUntil: IsoDate, newUntil: IsoDate | null, field: string): void {
  if (newUntil === null) {
    throw new RuleViolation('R11', 'A foreign travel prohibition is always for a fixed period; it cannot be renewed until further order (s18(1), s25(1)).', `${field}.until`);
  }
  const latest = endOfPeriodBeginningWith(addDays(currentUntil, 1), 5);
  if (compareDates(newUntil, latest) > 0) {
    throw new RuleViolation(
      'R11',
      `A foreign travel prohibition may be extended by no more than five years at a time (s18(3), s25(3)). It ran to ${currentUntil}, so it may be renewed to ${latest} at the latest.`,
      `${field}.until`,
    );
  }
}
