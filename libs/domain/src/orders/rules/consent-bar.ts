import { compareDates, endOfPeriodBeginningWith, type IsoDate } from '../../dates/iso-date.js';
import { DEFAULT_LEGAL_CONFIG, type LegalConfig } from '../legal-config.js';
import type { OrderType } from '../order-type.js';

function barYears(orderType: OrderType, legal: LegalConfig): number | null {
  if (orderType === 'STRO') return 2;
  return legal.r22AppliesTo.includes(orderType) ? 5 : null;
}

/**
 * The last day on which discharging the order needs the consent of both the subject and the chief
 * officer (R22 s20(6): five years for the types `r22AppliesTo` names; R23 s27(6): two years for an
 * STRO); null for order types with no such bar.
 */
export function consentRequiredUntil(orderType: OrderType, madeOn: IsoDate, legal: LegalConfig = DEFAULT_LEGAL_CONFIG): IsoDate | null {
  const years = barYears(orderType, legal);
  return years === null ? null : endOfPeriodBeginningWith(madeOn, years);
}

export function withinConsentBar(orderType: OrderType, madeOn: IsoDate, dischargedOn: IsoDate, legal: LegalConfig = DEFAULT_LEGAL_CONFIG): boolean {
  const lastDay = consentRequiredUntil(orderType, madeOn, legal);
  return lastDay !== null && compareDates(dischargedOn, lastDay) <= 0;
}
