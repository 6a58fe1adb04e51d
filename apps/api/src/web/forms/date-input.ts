import type { FormBody } from './form-bodies.js';
import { text } from './form-fields.js';

/**
 * A GOV.UK date input (three boxes named `<name>-day`, `-month`, `-year`) as YYYY-MM-DD: null when
 * all three are empty, an error message when only some are filled or they are not numbers. Whether
 * the date is real (31 February) is left to the same validator the API uses.
 */
export function dateFromInput(form: FormBody, name: string, label: string): { value: string | null; error?: string } {
  const day = text(form[`${name}-day`]).trim();
  const month = text(form[`${name}-month`]).trim();
  const year = text(form[`${name}-year`]).trim();
  if (!day && !month && !year) return { value: null };
  if (!day || !month || !year) return { value: null, error: `${label} must include a day, month and year` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { value: null, error: `${label} must be a real date, for example 27 3 2026` };
  }
  return { value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

/** The three boxes as typed, to show a form again after an error. */
export function dateInputValues(form: FormBody, name: string): { day: string; month: string; year: string } {
  return { day: text(form[`${name}-day`]), month: text(form[`${name}-month`]), year: text(form[`${name}-year`]) };
}
