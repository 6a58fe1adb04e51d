import type { FOREIGN_TRAVEL_SCOPES, OrderType } from '#domain';
import { forceByCode, REGIONS } from '#forces';

/** Orders named as the Act names them, for people who do not think in acronyms. */
const ORDER_TYPE_NAMES: Record<OrderType, string> = {
  STPO: 'Slavery and trafficking prevention order',
  STRO: 'Slavery and trafficking risk order',
  INTERIM_STPO: 'Interim slavery and trafficking prevention order',
  INTERIM_STRO: 'Interim slavery and trafficking risk order',
  TEPO: 'Trafficking and exploitation prevention order (Scotland)',
  TERO: 'Trafficking and exploitation risk order (Scotland)',
  INTERIM_TEPO: 'Interim trafficking and exploitation prevention order (Scotland)',
  INTERIM_TERO: 'Interim trafficking and exploitation risk order (Scotland)',
  NI_STPO: 'Slavery and trafficking prevention order (Northern Ireland)',
  NI_INTERIM_STPO: 'Interim slavery and trafficking prevention order (Northern Ireland)',
};

export function orderTypeName(type: string): string {
  return ORDER_TYPE_NAMES[type as OrderType] ?? type;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-05-02 → "2 May 2026", the GOV.UK style; anything else is shown as it is. */
export function longDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** An instant in UK time, "2 May 2026 at 14:05". */
export function dateTime(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return String(value);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')}`;
}

export function forceName(code: unknown): string {
  return typeof code === 'string' ? (forceByCode(code)?.name ?? code) : '';
}

/** A region as its users name it ("Eastern (ERSOU)"); an unknown code as it is. */
export function regionName(code: unknown): string {
  return typeof code === 'string' ? (REGIONS.find((region) => region.code === code)?.name ?? code) : '';
}

/** A foreign travel prohibition's reach, as the order would word it. */
export const FOREIGN_TRAVEL_WORDS: Record<(typeof FOREIGN_TRAVEL_SCOPES)[number], string> = {
  'named-countries': 'Must not travel to the countries named',
  'all-except': 'Must not travel to any country except those named',
  all: 'Must not travel to any country outside the UK',
};
