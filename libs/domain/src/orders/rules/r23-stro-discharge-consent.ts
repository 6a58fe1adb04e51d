import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { Prohibition } from '../state.js';
import { consentRequiredUntil, withinConsentBar } from './consent-bar.js';
import type { DischargeConsent } from './r22-stpo-discharge-consent.js';

/**
 * R23 (s27(6)): as R22 for an STRO, with two years. Whether s27 has a foreign-travel-only exception
 * like s20(7) is unverified: `foreignTravelOnlyException` (config r23ForeignTravelOnlyException, default true).
 */
export function r23StroDischargeConsent(
  madeOn: IsoDate,
  dischargedOn: IsoDate,
  consent: DischargeConsent,
  inForce: readonly Prohibition[],
  foreignTravelOnlyException = true,
): void {
  if (!withinConsentBar('STRO', madeOn, dischargedOn) || (consent.subject && consent.chiefOfficer)) return;
  if (foreignTravelOnlyException && inForce.length > 0 && inForce.every((p) => p.foreignTravel !== undefined)) return;
  throw new RuleViolation(
    'R23',
    `An STRO cannot be discharged within two years of being made without the consent of the subject and the chief officer (s27(6)). This order was made on ${madeOn}; until ${consentRequiredUntil('STRO', madeOn)} both must consent.`,
    'consent',
  );
}
