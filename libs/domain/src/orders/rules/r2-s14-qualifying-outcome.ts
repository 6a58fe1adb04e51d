import { RuleViolation } from '../../errors/domain-error.js';
import type { LegalBasis, QualifyingOffence } from '../order-particulars.js';

/**
 * R2 (s14(1), (5)): an STPO on sentencing rests on the conviction, not-guilty-by-insanity finding
 * or disability finding the court is dealing with — not a caution — for a Schedule 1 offence in
 * England and Wales (the court making it is the one dealing with the subject). Convictions before
 * 31 July 2015 count, so no date limit applies.
 */
export function r2S14QualifyingOutcome(legalBasis: LegalBasis | null, offence: QualifyingOffence | null): void {
  if (legalBasis !== 's14') return;
  if (offence === null) {
    throw new RuleViolation('R2', 'An STPO made on sentencing (s14) must record the conviction or finding it was made on: the offence, outcome, date and jurisdiction.', 'qualifyingOffence');
  }
  if (offence.outcome === 'caution') {
    throw new RuleViolation('R2', 'An STPO under s14 is made when a court deals with a conviction or an insanity or disability finding; a caution supports only an application under s15 (s16(2)).', 'qualifyingOffence.outcome');
  }
  if (offence.jurisdiction !== 'EW') {
    throw new RuleViolation(
      'R2',
      `An STPO under s14 is made by the court in England and Wales dealing with the subject for the offence; a ${offence.jurisdiction} outcome supports only an application under s15 (s16).`,
      'qualifyingOffence.jurisdiction',
    );
  }
}
