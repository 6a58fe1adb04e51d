import { DEFAULT_LEGAL_CONFIG, type LegalConfig } from '../legal-config.js';
import { jurisdictionCode, type Jurisdiction, type JurisdictionCode, type OrderType } from '../order-type.js';

/**
 * R34-R37: whether breaching an order of `orderType` is an offence where the conduct happened —
 * s30(1) in England and Wales, HTE(S)A s32(2) in Scotland, S.R. 2016/102 in Northern Ireland.
 * Which orders each list names is partly unverified, so it is the `enforceableIn` table of the
 * configuration, not code.
 */
export function breachIsOffenceIn(orderType: OrderType, jurisdiction: JurisdictionCode | Jurisdiction, config: LegalConfig = DEFAULT_LEGAL_CONFIG): boolean {
  return config.enforceableIn[jurisdictionCode(jurisdiction)]?.includes(orderType) ?? false;
}
