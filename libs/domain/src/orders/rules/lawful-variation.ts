import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { LegalConfig } from '../legal-config.js';
import type { PassportSurrenderTerms } from '../order-particulars.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';
import { prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import type { OrderInForce } from '../state.js';
import { checkProhibitionDuration } from './prohibition-duration.js';
import { isAllCountriesBan, r12PassportSurrenderOnVariation } from './r12-passport-surrender-required.js';
import { r8ProhibitionWorded } from './r8-prohibitions-required.js';
import { requireUniqueProhibitionIds } from './unique-ids.js';

export interface Variation {
  variedOn: IsoDate;
  addProhibitions: ProhibitionTerms[];
  removeProhibitionIds: string[];
  passportSurrender?: PassportSurrenderTerms | null;
}

/**
 * s20, s27 (and the appeal court varying on appeal, s22, s29): a variation adds prohibitions that
 * obey the duration rules from the variation day (R8-R11, R26, R35) and removes prohibitions in
 * force that day; removing everything and adding nothing is a discharge, not a variation.
 * `field` prefixes the input names (e.g. 'variation.'). Returns the checked surrender requirement.
 */
export function requireLawfulVariation(state: OrderInForce, variation: Variation, legal: LegalConfig, field = ''): PassportSurrenderTerms | null {
  const { variedOn, addProhibitions, removeProhibitionIds } = variation;
  if (addProhibitions.length === 0 && removeProhibitionIds.length === 0) {
    throw new RuleViolation('variation-changes-nothing', 'A variation must add or remove at least one prohibition.');
  }
  const inForce = prohibitionsInForceOn(state, variedOn);
  const inForceIds = inForce.map((p) => p.prohibitionId);
  removeProhibitionIds.forEach((id, index) => {
    if (!inForceIds.includes(id)) {
      throw new RuleViolation(
        'unknown-prohibition',
        `Order ${state.orderId} had no prohibition ${id} in force on ${variedOn}, so it cannot be removed.`,
        `${field}removeProhibitionIds[${index}]`,
      );
    }
  });
  const remaining = inForce.filter((p) => !removeProhibitionIds.includes(p.prohibitionId));
  if (remaining.length === 0 && addProhibitions.length === 0) {
    throw new RuleViolation(
      'variation-removes-every-prohibition',
      'This variation removes every prohibition and adds none: that is a discharge, so record it as one (s20, s27).',
      `${field}removeProhibitionIds`,
    );
  }
  requireUniqueProhibitionIds(
    addProhibitions.map((p) => p.prohibitionId),
    state.prohibitions.map((p) => p.prohibitionId),
    `${field}addProhibitions`,
  );
  addProhibitions.forEach((terms, index) => {
    const at = `${field}addProhibitions[${index}]`;
    r8ProhibitionWorded(terms, at);
    checkProhibitionDuration(state.orderType, terms, variedOn, at, legal);
  });
  const banAfter = remaining.some(isAllCountriesBan) || addProhibitions.some(isAllCountriesBan);
  return r12PassportSurrenderOnVariation(state.orderType, banAfter, variation.passportSurrender, variedOn, `${field}passportSurrender`, {
    addsAllCountriesBan: addProhibitions.some(isAllCountriesBan),
    alreadyRequired: state.passports.surrenderDue !== null,
  });
}
