import { ORDER_TYPES, type OrderType, orderTypeLabel } from '#domain';
import { forceByCode } from '#forces';

/** One row of the cross-tabulation: orders of one type made by one force in one year. */
export interface CrossTabRow {
  year?: string;
  type?: string;
  force?: string;
  made: number;
  active: number;
  breaches: number;
}

export interface MadeByYearAndType {
  years: string[];
  /** Only the types with an order in these figures, in the Act's order. */
  types: { type: string; label: string; counts: number[] }[];
  totals: number[];
}

/** Orders made each year, split by type; one force's when `force` is given, else everyone's in scope. */
export function madeByYearAndType(rows: readonly CrossTabRow[], years: readonly string[], force: string | null): MadeByYearAndType {
  const counted = rows.filter((row) => force === null || row.force === force);
  const made = (year: string, type: string) => counted.filter((row) => row.year === year && row.type === type).reduce((sum, row) => sum + row.made, 0);
  const types = ORDER_TYPES.filter((type) => counted.some((row) => row.type === type && row.made > 0)).map((type) => ({
    type,
    label: orderTypeLabel(type as OrderType),
    counts: years.map((year) => made(year, type)),
  }));
  return { years: [...years], types, totals: years.map((_, index) => types.reduce((sum, one) => sum + one.counts[index], 0)) };
}

export interface ForceWithoutOrders {
  code: string;
  name: string;
  /** The last year the force obtained an order in, or null for never. */
  lastYear: string | null;
}

/**
 * The forces in scope that obtained no order in the last `years` calendar years (this one, so far,
 * included), with the last year each did.
 */
export function forcesWithoutOrders(rows: readonly CrossTabRow[], forces: readonly string[], thisYear: number, years: number): ForceWithoutOrders[] {
  const since = thisYear - years + 1;
  return forces.flatMap((code) => {
    const own = rows.filter((row) => row.force === code && row.made > 0).map((row) => Number(row.year));
    if (own.some((year) => year >= since)) return [];
    const last = own.length ? String(Math.max(...own)) : null;
    return [{ code, name: forceByCode(code)?.name ?? code, lastYear: last }];
  });
}

/**
 * Whether the use of orders is rising or falling, in one sentence: the last full year against the
 * one before, and this year so far (which is not yet comparable).
 */
export function trendSentence(years: readonly string[], totals: readonly number[], thisYear: number): string {
  const count = (year: number) => totals[years.indexOf(String(year))] ?? 0;
  const orders = (n: number) => `${n} order${n === 1 ? '' : 's'}`;
  const last = count(thisYear - 1);
  const before = count(thisYear - 2);
  const change = last > before ? `up from ${before}` : last < before ? `down from ${before}` : 'the same as';
  const comparison = `${orders(last)} made in ${thisYear - 1}, ${change} in ${thisYear - 2}`;
  const word = last > before ? 'Rising' : last < before ? 'Falling' : 'Level';
  return `${word}: ${comparison}. ${orders(count(thisYear))} so far in ${thisYear}.`;
}

/** Orders each force in scope obtained from `sinceYear` on, a zero for a force with none. */
export function madeSince(rows: readonly CrossTabRow[], forces: readonly string[], sinceYear: number): Record<string, number> {
  return Object.fromEntries(
    forces.map((code) => [code, rows.filter((row) => row.force === code && Number(row.year) >= sinceYear).reduce((sum, row) => sum + row.made, 0)]),
  );
}
