import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { PassportSurrenderTerms } from '../order-particulars.js';
import { jurisdictionOf, type OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

export function isAllCountriesBan(terms: Pick<ProhibitionTerms, 'foreignTravel'>): boolean {
  return terms.foreignTravel?.scope === 'all';
}

function validTerms(terms: PassportSurrenderTerms, from: IsoDate, field: string): PassportSurrenderTerms {
  if (terms.policeStation.trim() === '') {
    throw new RuleViolation('R12', 'Name the police station where the passports are to be surrendered (s18(4), s25(4)).', `${field}.policeStation`);
  }
  if (compareDates(terms.dueOn, from) < 0) {
    throw new RuleViolation('R12', `Passports cannot fall due for surrender (${terms.dueOn}) before the order or variation requiring it (${from}).`, `${field}.dueOn`);
  }
  return { policeStation: terms.policeStation, dueOn: terms.dueOn };
}

/**
 * R12 (s18(4), s25(4)): an order that bans travel to all countries outside the UK must require
 * the subject to surrender all passports at a named police station, on or before the ban takes
 * effect or within a stated period. An E&W order has no other positive requirements (R8), so it
 * carries a surrender requirement only with such a ban; Scottish and NI orders may impose
 * requirements, so theirs is recorded as made.
 */
export function r12PassportSurrenderOnMaking(
  orderType: OrderType,
  prohibitions: readonly ProhibitionTerms[],
  passportSurrender: PassportSurrenderTerms | null | undefined,
  madeOn: IsoDate,
): PassportSurrenderTerms | null {
  const banned = prohibitions.some(isAllCountriesBan);
  if (passportSurrender === null || passportSurrender === undefined) {
    if (banned) {
      throw new RuleViolation(
        'R12',
        'An order banning travel to all countries outside the UK must require the subject to surrender all passports at a named police station (s18(4), s25(4)): record the police station and the day they are due.',
        'passportSurrender',
      );
    }
    return null;
  }
  if (!banned && jurisdictionOf(orderType) === 'england-wales') {
    throw new RuleViolation(
      'R12',
      'An order in England and Wales requires passport surrender only with a ban on travel to all countries outside the UK (s18(4), s25(4)); it can impose no other requirement (R8).',
      'passportSurrender',
    );
  }
  return validTerms(passportSurrender, madeOn, 'passportSurrender');
}

/**
 * R12 on variation: a variation that adds a ban on travel to all countries must say where and by
 * when the passports are surrendered, unless the order already requires it (s18(4), s25(4)); a
 * surrender requirement given with a variation is checked and recorded (for an E&W order only while
 * an all-countries ban is in force after it).
 */
export function r12PassportSurrenderOnVariation(
  orderType: OrderType,
  banInForceAfter: boolean,
  passportSurrender: PassportSurrenderTerms | null | undefined,
  variedOn: IsoDate,
  field: string,
  ban: { addsAllCountriesBan: boolean; alreadyRequired: boolean },
): PassportSurrenderTerms | null {
  if (passportSurrender === null || passportSurrender === undefined) {
    if (ban.addsAllCountriesBan && !ban.alreadyRequired && jurisdictionOf(orderType) === 'england-wales') {
      throw new RuleViolation(
        'R12',
        'A ban on travel to all countries outside the UK must come with the surrender of all passports at a named police station, by a stated day (s18(4), s25(4)).',
        field,
      );
    }
    return null;
  }
  if (!banInForceAfter && jurisdictionOf(orderType) === 'england-wales') {
    throw new RuleViolation(
      'R12',
      'An order in England and Wales requires passport surrender only with a ban on travel to all countries outside the UK (s18(4), s25(4)).',
      field,
    );
  }
  return validTerms(passportSurrender, variedOn, field);
}
