import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';

// Dates reach the domain as IsoDate: the edge parsed them, the log and the clock write no other.

/** The register records what courts and subjects have done, never what is expected to happen. */
export function requireNotInFuture(date: IsoDate, today: IsoDate, field: string, what: string): void {
  if (compareDates(date, today) > 0) {
    throw new RuleViolation('date-in-future', `The ${what} date ${date} is after today (${today}).`, field);
  }
}

export function requireNotBeforeOrderMade(date: IsoDate, madeOn: IsoDate, field: string, what: string): void {
  if (compareDates(date, madeOn) < 0) {
    throw new RuleViolation('date-before-order-made', `The ${what} date ${date} is before the order was made on ${madeOn}.`, field);
  }
}

/** Changes are entered in date order, so the order's history reads the way it happened. */
export function requireNotBeforeLastVariation(date: IsoDate, lastVariedOn: IsoDate | null, field: string, what: string): void {
  if (lastVariedOn !== null && compareDates(date, lastVariedOn) < 0) {
    throw new RuleViolation(
      'date-before-last-variation',
      `The ${what} date ${date} is before the order's last variation on ${lastVariedOn}; enter changes in date order.`,
      field,
    );
  }
}
