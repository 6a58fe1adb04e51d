/**
 * A calendar day, 'YYYY-MM-DD'. Court orders speak in days, never instants, so no time zone applies.
 * A literal such as '2026-11-23' is one; any other string becomes one only through `isIsoDate`
 * (the edge's validation), so a date mistyped in code does not compile.
 */
export type IsoDate = `${number}-${number}-${number}`;

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by `length` ASCII digits from `start`, or -1 if any is not a digit. */
function digits(s: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = s.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

// Integer calendar arithmetic (Howard Hinnant's days-from-civil) rather than Date objects, so the
// domain never touches the host's clock or time zone.
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(d: string): CivilDate | null {
  // Read digit by digit: the projections and the seed compare dates millions of times, and the
  // regular expression and its match arrays took ~10 s of a national seed's process.
  if (typeof d !== 'string' || d.length !== 10 || d.charCodeAt(4) !== DASH || d.charCodeAt(7) !== DASH) return null;
  const year = digits(d, 0, 4);
  const month = digits(d, 5, 2);
  const day = digits(d, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  // A register date has a four-digit year; year 0000 does not exist in PostgreSQL (or the Gregorian calendar).
  if (year < 1000) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(d: IsoDate): CivilDate {
  const parsed = parse(d);
  if (!parsed) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return parsed;
}

function format({ year, month, day }: CivilDate): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isIsoDate(s: string): s is IsoDate {
  return typeof s === 'string' && parse(s) !== null;
}

/** Negative when a is earlier than b, zero when the same day, positive when later. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(parseOrThrow(a)) - toDayNumber(parseOrThrow(b)));
}

/** The number of days from a to b: positive when b is later (2025-03-11 → 2025-03-13 is 2). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(parseOrThrow(b)) - toDayNumber(parseOrThrow(a));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return format(fromDayNumber(toDayNumber(parseOrThrow(d)) + n));
}

/** Same month and day n years on; 29 February falls back to 28 February in a common year. */
export function addYears(d: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseOrThrow(d);
  const target = year + n;
  return format({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/**
 * R40: the last day of "N years beginning with" start — the day before its Nth anniversary
 * (2020-03-10, 5 ⇒ 2025-03-09). Someone born on 29 February comes of age on 1 March in a common
 * year in UK practice, so here 29 February's anniversary is 1 March and the period ends on 28
 * February; this keeps every such period at least N whole years long.
 */
export function endOfPeriodBeginningWith(start: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseOrThrow(start);
  const target = year + years;
  const leapDayWithoutAnniversary = month === 2 && day === 29 && !isLeapYear(target);
  const anniversary = leapDayWithoutAnniversary ? format({ year: target, month: 3, day: 1 }) : format({ year: target, month, day });
  return addDays(anniversary, -1);
}

export function latestOf(dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((latest, d) => (latest === null || compareDates(d, latest) > 0 ? d : latest), null);
}
