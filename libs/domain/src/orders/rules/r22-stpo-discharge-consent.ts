import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { DEFAULT_LEGAL_CONFIG, type LegalConfig } from '../legal-config.js';
import { orderTypeLabel, type OrderType } from '../order-type.js';
import type { Prohibition } from '../state.js';
import { consentRequiredUntil, withinConsentBar } from './consent-bar.js';

export interface DischargeConsent {
  subject: boolean;
  chiefOfficer: boolean;
}

/**
 * R22 (s20(6)-(7)): an STPO is not discharged within five years beginning with the day it was
 * made without the consent of both the subject and the chief officer — unless all it still
 * prohibits is foreign travel. Whether the NI and Scottish equivalents have the same bar is
 * unverified: `r22AppliesTo` names the types it applies to (default STPO only).
 */
export function r22StpoDischargeConsent(
  madeOn: IsoDate,
  dischargedOn: IsoDate,
  consent: DischargeConsent,
  inForce: readonly Prohibition[],
  orderType: OrderType = 'STPO',
  legal: LegalConfig = DEFAULT_LEGAL_CONFIG,
): void {
  if (!withinConsentBar(orderType, madeOn, dischargedOn, legal) || (consent.subject && consent.chiefOfficer)) return;
  if (inForce.length > 0 && inForce.every((p) => p.foreignTravel !== undefined)) return;
  throw new RuleViolation(
    'R22',
    `An ${orderTypeLabel(orderType)} cannot be discharged within five years of being made without the consent of the subject and the chief officer (s20(6)). This order was made on ${madeOn}; until ${consentRequiredUntil(orderType, madeOn, legal)} both must consent.`,
    'consent',
  );
}
