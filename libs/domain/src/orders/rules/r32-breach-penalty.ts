import { RuleViolation } from '../../errors/domain-error.js';
import type { Sentence } from '../events.js';
import type { LegalConfig } from '../legal-config.js';
import type { JurisdictionCode } from '../order-type.js';

/** On indictment: five years in every jurisdiction (s30(3)(a); HTE(S)A s32; S.R. 2016/102). */
const INDICTMENT_MAXIMUM_MONTHS = 60;

/**
 * On summary conviction: in England and Wales the magistrates' limit (six months as enacted,
 * changed by commencement orders since 2022, so configured: R32); twelve months in Scotland
 * (HTE(S)A s32, R35); six months in Northern Ireland (R36).
 */
export function summaryMaximumMonths(jurisdiction: JurisdictionCode | null, legal: LegalConfig): number {
  if (jurisdiction === 'SCO') return 12;
  if (jurisdiction === 'NI') return 6;
  return legal.summaryMaximumCustodyMonths;
}

/** R32 (s30(3)): custody for the breach offence within the maximum for the court that convicted. */
export function r32BreachPenalty(sentence: Sentence, jurisdiction: JurisdictionCode | null, legal: LegalConfig): void {
  if (sentence.kind !== 'custody' && sentence.kind !== 'suspended-custody') return;
  const months = sentence.months;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 1) {
    throw new RuleViolation('sentence-invalid', 'A custodial sentence states its length in whole months.', 'sentence.months');
  }
  const maximum = sentence.court === 'crown' ? INDICTMENT_MAXIMUM_MONTHS : summaryMaximumMonths(jurisdiction, legal);
  if (months > maximum) {
    const where = sentence.court === 'crown' ? 'on indictment' : `on summary conviction${jurisdiction === 'SCO' ? ' in Scotland' : jurisdiction === 'NI' ? ' in Northern Ireland' : ''}`;
    throw new RuleViolation('R32', `The most custody for breaching the order ${where} is ${maximum} months (s30(3)); ${months} months is more.`, 'sentence.months');
  }
}
