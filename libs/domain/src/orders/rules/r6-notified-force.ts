import type { ForceCode } from '#forces';
import { RuleViolation } from '../../errors/domain-error.js';
import { NON_POLICE_APPLICANTS, type Applicant } from '../order-particulars.js';

/**
 * R6 (s15(7)-(8), s23(6)-(7)): an immigration officer, the NCA Director General or the GLAA who
 * applies must give notice to the chief officer of a relevant police area; the register names
 * that force.
 */
export function r6NotifiedForce(applicant: Applicant | null, notifiedForce: ForceCode | null | undefined): ForceCode | null {
  const named = notifiedForce ?? null;
  if (applicant !== null && NON_POLICE_APPLICANTS.includes(applicant.kind) && named === null) {
    throw new RuleViolation(
      'R6',
      'When an immigration officer, the NCA Director General or the GLAA applies, they must give notice to the chief officer of the area where the subject lives or is believed to be (s15(7)-(8), s23(6)-(7)): name that force.',
      'notifiedForce',
    );
  }
  return named;
}
