import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { isProhibitionInForceOn, prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import type { OrderInForceOrEnded } from '../state.js';
import { isAllCountriesBan } from './r12-passport-surrender-required.js';

/** The passports surrendered under the order and not yet given back. */
export function passportsHeld(state: OrderInForceOrEnded): string[] {
  const returned = new Set(state.passports.returned.flatMap((r) => r.passports));
  const held: string[] = [];
  for (const surrender of state.passports.surrendered) {
    for (const passport of surrender.passports) if (!returned.has(passport) && !held.includes(passport)) held.push(passport);
  }
  return held;
}

/** A list of passport numbers, each given once. */
export function requirePassportList(passports: readonly string[]): void {
  if (passports.length === 0) {
    throw new RuleViolation('passports-empty', 'List the passports by number.', 'passports');
  }
  const seen = new Set<string>();
  passports.forEach((passport, index) => {
    if (passport.trim() === '') {
      throw new RuleViolation('passports-empty', 'A passport number cannot be blank.', `passports[${index}]`);
    }
    if (seen.has(passport)) {
      throw new RuleViolation('duplicate-passport', `Passport ${passport} is listed twice.`, `passports[${index}]`);
    }
    seen.add(passport);
  });
}

/**
 * R12 (s18(5), s25(5)): passports are kept while the subject is subject to an all-countries ban
 * (or, for a surrender ordered without one, while the order is in force) and returned after.
 */
export function r12SurrenderStillRequiredOn(state: OrderInForceOrEnded, day: IsoDate): boolean {
  const bans = state.prohibitions.filter(isAllCountriesBan);
  if (bans.length === 0) return prohibitionsInForceOn(state, day).length > 0;
  return bans.some((ban) => isProhibitionInForceOn(ban, day));
}

export function r12ReturnOnlyOnceBanEnded(state: OrderInForceOrEnded, returnedOn: IsoDate): void {
  if (!r12SurrenderStillRequiredOn(state, returnedOn)) return;
  throw new RuleViolation(
    'R12',
    `On ${returnedOn} order ${state.orderId} still banned travel to all countries outside the UK, so its passports stay surrendered; they are returned once the ban ends — or, for a foreign passport, to the authority that issued it (s18(5)-(6), s25(5)-(6)).`,
    'returnedOn',
  );
}
