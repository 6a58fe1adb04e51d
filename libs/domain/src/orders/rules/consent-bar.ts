import { compareDates, endOfPeriodBeginningWith, type IsoDate } from '../../dates/iso-date.js';
import type { OrderType } from '../order-type.js';

const BAR_YEARS: Partial<Record<OrderType, number>> = { STPO: 5, STRO: 2 };

/**
 * The last day on which discharging the order needs the consent of both the subject and the chief
 * officer (R22 s20(6), R23 s27(6)); null for order types with no such bar.
 */
export function consentRequiredUntil(orderType: OrderType, madeOn: IsoDate): IsoDate | null {
  const years = BAR_YEARS[orderType];
  return years === undefined ? null : endOfPeriodBeginningWith(madeOn, years);
}

export function withinConsentBar(orderType: OrderType, madeOn: IsoDate, dischargedOn: IsoDate): boolean {
  const lastDay = consentRequiredUntil(orderType, madeOn);
  return lastDay !== null && compareDates(dischargedOn, lastDay) <= 0;
}
