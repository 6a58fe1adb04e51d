import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { OFFENCE_JURISDICTIONS, QUALIFYING_OUTCOMES, type QualifyingOffence } from '../order-particulars.js';

const FIELD = 'qualifyingOffence';

/**
 * R2, R7: a qualifying offence the register can rely on names the offence, the outcome (conviction,
 * insanity or disability finding, caution), where it was decided, and a day no later than the order.
 */
export function validQualifyingOffence(offence: QualifyingOffence | null | undefined, madeOn: IsoDate): QualifyingOffence | null {
  if (offence === null || offence === undefined) return null;
  if (offence.offence.trim() === '') {
    throw new RuleViolation('qualifying-offence-invalid', 'Name the offence the order rests on.', `${FIELD}.offence`);
  }
  if (!QUALIFYING_OUTCOMES.includes(offence.outcome)) {
    throw new RuleViolation('qualifying-offence-invalid', `The outcome must be one of ${QUALIFYING_OUTCOMES.join(', ')} (s16(1)-(5)).`, `${FIELD}.outcome`);
  }
  if (!OFFENCE_JURISDICTIONS.includes(offence.jurisdiction)) {
    throw new RuleViolation('qualifying-offence-invalid', `The jurisdiction must be one of ${OFFENCE_JURISDICTIONS.join(', ')} (R7).`, `${FIELD}.jurisdiction`);
  }
  if (compareDates(offence.decidedOn, madeOn) > 0) {
    throw new RuleViolation(
      'qualifying-offence-after-order',
      `The qualifying ${offence.outcome} on ${offence.decidedOn} is after the order was made on ${madeOn}; an order can rest only on what had already happened.`,
      `${FIELD}.decidedOn`,
    );
  }
  return { offence: offence.offence, outcome: offence.outcome, decidedOn: offence.decidedOn, jurisdiction: offence.jurisdiction };
}
