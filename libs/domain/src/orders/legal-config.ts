import type { DecisionContext } from './decision-context.js';
import type { JurisdictionCode, OrderType } from './order-type.js';

/**
 * The points of law DOMAIN.md marks (unverified): kept as configuration with the stated default,
 * so a legal reviewer's answer changes a setting, not the code (docs/legal-review.md).
 */
export interface LegalConfig {
  /** R13 (s24(6)): a new STRO ends an earlier STRO. Wording not fully seen; default true. */
  stroSupersedesEarlierStro: boolean;
  /** R13: an STPO ends an earlier STRO. No such provision seen; default false. */
  stpoEndsStro: boolean;
  /** R23: the s20(7) foreign-travel-only exception also applies to STROs (s27). Default true. */
  r23ForeignTravelOnlyException: boolean;
  /** R22: the order types whose discharge within five years needs both consents. Default ['STPO']. */
  r22AppliesTo: OrderType[];
  /** R35: the minimum fixed period of a TERO prohibition, in years; null = none. Default null. */
  teroMinimumYears: number | null;
  /** R32: the most custody (months) a magistrates' court may give for an s30 breach in England and Wales. Default 6. */
  summaryMaximumCustodyMonths: number;
  /** R4: the chief constable of British Transport Police may apply for an order. Default false. */
  btpChiefConstableMayApply: boolean;
  /** R34-R36: the order types whose breach is an offence in each jurisdiction. */
  enforceableIn: Record<JurisdictionCode, OrderType[]>;
}

const ENGLAND_AND_WALES: OrderType[] = ['STPO', 'STRO', 'INTERIM_STPO', 'INTERIM_STRO'];
const NORTHERN_IRELAND: OrderType[] = ['NI_STPO', 'NI_INTERIM_STPO'];
const SCOTLAND: OrderType[] = ['TEPO', 'TERO', 'INTERIM_TEPO', 'INTERIM_TERO'];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_LEGAL_CONFIG: LegalConfig = deepFreeze({
  stroSupersedesEarlierStro: true,
  stpoEndsStro: false,
  r23ForeignTravelOnlyException: true,
  r22AppliesTo: ['STPO'],
  teroMinimumYears: null,
  summaryMaximumCustodyMonths: 6,
  btpChiefConstableMayApply: false,
  enforceableIn: {
    // s30(1) as enacted: E&W orders and NI STPO / interim STPO; Scottish orders not (yet) added under s31 (R34).
    EW: [...ENGLAND_AND_WALES, ...NORTHERN_IRELAND],
    // HTE(S)A 2015 s32(2)(e)-(j) since the 2017 regulations (R35).
    SCO: [...ENGLAND_AND_WALES, ...NORTHERN_IRELAND, ...SCOTLAND],
    // S.R. 2016/102 (R36).
    NI: [...ENGLAND_AND_WALES, ...SCOTLAND, ...NORTHERN_IRELAND],
  },
});

/** The configuration a decision runs under: the context's, or the defaults when a caller gives none. */
export function legalConfigOf(context: Pick<DecisionContext, 'legal'>): LegalConfig {
  return context.legal ?? DEFAULT_LEGAL_CONFIG;
}
