import { text } from './form-fields.js';

/**
 * A page's query parameter as text, bounded before it is used: as a form's field (`text`), and
 * anything but a string is '', and no value is longer than 100 characters.
 */
export function queryText(value: unknown): string {
  return text(typeof value === 'string' || Array.isArray(value) ? (value as string | string[]) : undefined)
    .trim()
    .slice(0, 100);
}
