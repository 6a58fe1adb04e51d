import { RuleViolation } from '../../errors/domain-error.js';
import type { LegalBasis, QualifyingOffence } from '../order-particulars.js';

/**
 * R7 (s15(2), s16): an STPO on application is made only against a "relevant offender" — convicted,
 * found not guilty by insanity or under a disability, or cautioned, for a Schedule 1 offence in
 * any part of the UK or an equivalent offence abroad. The register records which.
 */
export function r7S15RelevantOffender(legalBasis: LegalBasis | null, offence: QualifyingOffence | null): void {
  if (legalBasis !== 's15' || offence !== null) return;
  throw new RuleViolation(
    'R7',
    'An STPO on application (s15) is made only against a relevant offender (s16): record the conviction, finding or caution, with its date and jurisdiction.',
    'qualifyingOffence',
  );
}
