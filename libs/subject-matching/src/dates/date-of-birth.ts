/**
 * How a query's date of birth compares with a candidate's (DOMAIN.md §5 "DOB"), best first:
 * - `exact`       the same full date, or the same year when the query gives only a year;
 * - `transposed`  day and month swapped (03/07 against 07/03);
 * - `near`        the same year and one day apart, or one year apart on the same day and month;
 * - `sameYear`    full dates in the same year, otherwise different;
 * - `differs`     anything else;
 * - `unknown`     either side has no (readable) date.
 * `placeholder` says 1 January stood on either side: dates recorded as 01/01/YYYY are often
 * stand-ins for an unknown date, so they count for less either way.
 */
export type DateOfBirthLevel = 'exact' | 'transposed' | 'near' | 'sameYear' | 'differs' | 'unknown';

export interface DateOfBirthComparison {
  level: DateOfBirthLevel;
  placeholder: boolean;
  yearOnly: boolean;
  /** Years between the two dates of birth (0 when either is unknown). */
  yearsApart: number;
}

interface Parts {
  year: number;
  month: number | null;
  day: number | null;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export function compareDatesOfBirth(query: string | null, candidate: string | null): DateOfBirthComparison {
  const q = query === null ? null : parts(query);
  const c = candidate === null ? null : parts(candidate);
  const yearOnly = q !== null && q.month === null;
  if (q === null || c === null) return { level: 'unknown', placeholder: false, yearOnly, yearsApart: 0 };
  const placeholder = isPlaceholder(q) || isPlaceholder(c);
  const yearsApart = Math.abs(q.year - c.year);
  if (q.month === null || q.day === null || c.month === null || c.day === null) {
    return { level: q.year === c.year ? 'exact' : 'differs', placeholder: isPlaceholder(c), yearOnly: true, yearsApart };
  }
  const result = (level: DateOfBirthLevel): DateOfBirthComparison => ({ level, placeholder, yearOnly: false, yearsApart });
  if (q.year === c.year && q.month === c.month && q.day === c.day) return result('exact');
  if (q.year === c.year && q.month === c.day && q.day === c.month) return result('transposed');
  if (q.year === c.year && Math.abs(dayNumber(q) - dayNumber(c)) === 1) return result('near');
  if (Math.abs(q.year - c.year) === 1 && q.month === c.month && q.day === c.day) return result('near');
  if (q.year === c.year) return result('sameYear');
  return result('differs');
}

function parts(raw: string): Parts | null {
  const text = raw.trim();
  const full = FULL.exec(text);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { year, month, day };
  }
  const year = YEAR.exec(text);
  return year ? { year: Number(year[1]), month: null, day: null } : null;
}

function isPlaceholder(date: Parts): boolean {
  return date.month === 1 && date.day === 1;
}

// Days since the epoch, by UTC arithmetic (no clock involved), so 31 Dec and 1 Jan are one apart.
function dayNumber(date: Parts): number {
  return Date.UTC(date.year, (date.month as number) - 1, date.day as number) / 86_400_000;
}

/**
 * The dates of birth a candidate may have for a full date asked to agree with it in full: the
 * same, day and month transposed, a day either side in the same year, the same day a year either
 * side (each as {@link compareDatesOfBirth} judges them). Only a candidate born on one of these may
 * be returned on part of a name (DOMAIN.md §5), so the register is asked for them by date, not for
 * everyone born near the year. Empty for a year alone.
 */
export function datesAgreeingWith(dateOfBirth: string): string[] {
  const asked = parts(dateOfBirth);
  if (asked === null || asked.month === null || asked.day === null) return [];
  const { year, month, day } = asked;
  const nearby = [
    [year, month, day],
    [year, day, month],
    [year - 1, month, day],
    [year + 1, month, day],
  ].map(([y, m, d]) => isoOf(y as number, m as number, d as number));
  const around = [-1, 1].map((days) => new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10));
  const agreeing = [...nearby, ...around].filter(
    (date): date is string => date !== null && ['exact', 'transposed', 'near'].includes(compareDatesOfBirth(dateOfBirth, date).level),
  );
  return [...new Set(agreeing)];
}

/** YYYY-MM-DD of a real day, or null (30 February, a 29 February outside a leap year). */
function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
