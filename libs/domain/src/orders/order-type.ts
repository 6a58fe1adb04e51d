/**
 * England & Wales (MSA 2015 Part 2), Scotland (HTE(S)A 2015 Part 4: TEPO/TERO) and Northern
 * Ireland (HTE(CJSV)A (NI) 2015 Schedule 3) orders.
 */
export type OrderType =
  | 'STPO'
  | 'STRO'
  | 'INTERIM_STPO'
  | 'INTERIM_STRO'
  | 'TEPO'
  | 'TERO'
  | 'INTERIM_TEPO'
  | 'INTERIM_TERO'
  | 'NI_STPO'
  | 'NI_INTERIM_STPO';

export const ORDER_TYPES: readonly OrderType[] = Object.freeze([
  'STPO',
  'STRO',
  'INTERIM_STPO',
  'INTERIM_STRO',
  'TEPO',
  'TERO',
  'INTERIM_TEPO',
  'INTERIM_TERO',
  'NI_STPO',
  'NI_INTERIM_STPO',
]);

export type Jurisdiction = 'england-wales' | 'scotland' | 'northern-ireland';

/** The short codes of the three UK jurisdictions, as the configuration and qualifying offences use them (R34-R37). */
export type JurisdictionCode = 'EW' | 'SCO' | 'NI';

export const JURISDICTION_CODES: readonly JurisdictionCode[] = Object.freeze(['EW', 'SCO', 'NI']);

const CODE_OF: Record<Jurisdiction, JurisdictionCode> = { 'england-wales': 'EW', scotland: 'SCO', 'northern-ireland': 'NI' };

export function jurisdictionCode(jurisdiction: Jurisdiction | JurisdictionCode): JurisdictionCode {
  return (JURISDICTION_CODES as readonly string[]).includes(jurisdiction) ? (jurisdiction as JurisdictionCode) : CODE_OF[jurisdiction as Jurisdiction];
}

export function isOrderType(value: string): value is OrderType {
  return (ORDER_TYPES as readonly string[]).includes(value);
}

export function isInterimOrderType(type: OrderType): boolean {
  return type === 'INTERIM_STPO' || type === 'INTERIM_STRO' || type === 'INTERIM_TEPO' || type === 'INTERIM_TERO' || type === 'NI_INTERIM_STPO';
}

export function jurisdictionOf(type: OrderType): Jurisdiction {
  if (type.startsWith('NI_')) return 'northern-ireland';
  if (type.includes('TEPO') || type.includes('TERO')) return 'scotland';
  return 'england-wales';
}

/** R37: the jurisdiction whose law the order was made under, as a short code. */
export function jurisdictionCodeOf(type: OrderType): JurisdictionCode {
  return CODE_OF[jurisdictionOf(type)];
}

/** How an order manager names the order type in a sentence. */
export function orderTypeLabel(type: OrderType): string {
  const labels: Record<OrderType, string> = {
    STPO: 'STPO',
    STRO: 'STRO',
    INTERIM_STPO: 'interim STPO',
    INTERIM_STRO: 'interim STRO',
    TEPO: 'TEPO',
    TERO: 'TERO',
    INTERIM_TEPO: 'interim TEPO',
    INTERIM_TERO: 'interim TERO',
    NI_STPO: 'NI STPO',
    NI_INTERIM_STPO: 'NI interim STPO',
  };
  return labels[type];
}
