import { RuleViolation } from '../../errors/domain-error.js';
import type { LegalConfig } from '../legal-config.js';
import { APPLICANT_KINDS, MSA_APPLICATION_BASES, ON_SENTENCING_BASES, STATUTORY_APPLICANTS, type Applicant, type LegalBasis } from '../order-particulars.js';

const BTP = 'btp';

/**
 * R4 (s15(1), s23(1)): an order on application is applied for by a chief officer of police, an
 * immigration officer, the NCA Director General or the GLAA — nobody else; an order on sentencing
 * is the court's own (applicant 'court', or none recorded). British Transport Police has no police
 * area, so its chief constable applies only if configured (unverified).
 */
export function r4Applicant(legalBasis: LegalBasis | null, applicant: Applicant | null | undefined, config: LegalConfig): Applicant | null {
  if (applicant === null || applicant === undefined) {
    if (legalBasis !== null && MSA_APPLICATION_BASES.includes(legalBasis)) {
      throw new RuleViolation('R4', `An order under ${legalBasis} is made on an application: record who applied (chief officer, immigration officer, NCA Director General or GLAA).`, 'applicant');
    }
    return null;
  }
  if (!APPLICANT_KINDS.includes(applicant.kind)) {
    throw new RuleViolation('R4', `Only a chief officer of police, an immigration officer, the NCA Director General or the GLAA may apply for an order (s15(1), s23(1)).`, 'applicant.kind');
  }
  if (legalBasis !== null && ON_SENTENCING_BASES.includes(legalBasis) && applicant.kind !== 'court') {
    throw new RuleViolation('R4', `An order under ${legalBasis} is made by the court dealing with the subject, not on an application; record the applicant as the court.`, 'applicant.kind');
  }
  if (legalBasis !== null && !ON_SENTENCING_BASES.includes(legalBasis) && !STATUTORY_APPLICANTS.includes(applicant.kind)) {
    throw new RuleViolation('R4', `An order under ${legalBasis} is made on the application of a chief officer, an immigration officer, the NCA Director General or the GLAA (s15(1), s23(1)), not of the court.`, 'applicant.kind');
  }
  if (applicant.kind === 'chief-officer') {
    if (!applicant.force?.trim()) {
      throw new RuleViolation('R4', 'Name the force whose chief officer applied (s15(1)(a), s23(1)(a)).', 'applicant.force');
    }
    if (applicant.force === BTP && !config.btpChiefConstableMayApply) {
      throw new RuleViolation('R4', 'British Transport Police has no police area, so its chief constable is not a chief officer who may apply (s15(1)(a), s34).', 'applicant.force');
    }
    return { kind: applicant.kind, force: applicant.force };
  }
  return applicant.force === undefined ? { kind: applicant.kind } : { kind: applicant.kind, force: applicant.force };
}
