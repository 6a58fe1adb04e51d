import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { Prohibition } from '../state.js';
import { consentRequiredUntil, withinConsentBar } from './consent-bar.js';
import type { DischargeConsent } from './r22-stpo-discharge-consent.js';

/**
 * R23 (s27(6)): as R22 for an STRO, with two years. The foreign-travel-only exception is applied
 * as for STPOs (s20(7)); its counterpart in s27 is unverified.
 */
export function r23StroDischargeConsent(madeOn: IsoDate, dischargedOn: IsoDate, consent: DischargeConsent, inForce: readonly Prohibition[]): void {
  if (!withinConsentBar('STRO', madeOn, dischargedOn) || (consent.subject && consent.chiefOfficer)) return;
  if (inForce.length > 0 && inForce.every((p) => p.foreignTravel !== undefined)) return;
  throw new RuleViolation(
    'R23',
    `An STRO cannot be discharged within two years of being made without the consent of the subject and the chief officer (s27(6)). This order was made on ${madeOn}; until ${consentRequiredUntil('STRO', madeOn)} both must consent.`,
    'consent',
  );
}
