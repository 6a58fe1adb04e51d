import { type IsoDate, isIsoDate } from '#domain';
import { type QueryValue, text } from './form-fields.js';

/** What a GOV.UK date input's three boxes (`<name>-day`, `-month`, `-year`) held, as typed. */
export interface TypedDate {
  day: string;
  month: string;
  year: string;
}

export function typedDate(body: Record<string, QueryValue>, name: string): TypedDate {
  // Bounded before anything else looks at them: a date box holds a few digits at most.
  const box = (part: string) => text(body[`${name}-${part}`]).trim().slice(0, 10);
  return { day: box('day'), month: box('month'), year: box('year') };
}

/**
 * The three boxes as the API's YYYY-MM-DD: `''` when all are empty, otherwise the date or what is
 * wrong with it in the GOV.UK pattern's words (`label` names the date, e.g. "Date of the breach").
 */
export function isoDateFrom(typed: TypedDate, label: string): { date: IsoDate | '' } | { error: string } {
  const { day, month, year } = typed;
  if (!day && !month && !year) return { date: '' };
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length) return { error: `${label} must include ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { error: `${label} must be a real date, for example 27 3 2026` };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { error: `${label} must be a real date, for example 27 3 2026` };
  return { date: iso };
}

/** A date that may be left out: null when its three boxes are empty, otherwise the date or what is wrong with it. */
export function optionalDate(body: Record<string, QueryValue>, name: string, label: string): { date: IsoDate | null } | { error: string } {
  const read = isoDateFrom(typedDate(body, name), label);
  return 'error' in read ? read : { date: read.date || null };
}

/** A date the register holds, in the three boxes a form shows it in (empty boxes for none). */
export function boxesOf(iso: string | null): TypedDate {
  const [year = '', month = '', day = ''] = (iso ?? '').slice(0, 10).split('-');
  return { day, month, year };
}
