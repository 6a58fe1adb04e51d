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
