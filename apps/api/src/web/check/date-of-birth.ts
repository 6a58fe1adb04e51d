/**
 * A date of birth as an officer types it into one field on a phone: 27/3/1980, 27-03-1980,
 * 27.3.1980, 27 3 1980, 1980-03-27, or just the year. Day first, as in the UK. The answer is the
 * API's YYYY-MM-DD or YYYY (whether the day exists is the API's request class's to say), '' for
 * nothing typed, or null for something that is not a date at all.
 */
export function dateOfBirthAsTyped(typed: string): string | null {
  const value = typed.trim().replace(/\s+/g, ' ');
  if (!value) return '';
  if (value.length > 20) return null;
  if (/^\d{4}$/.test(value)) return value;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}`;
  const dayFirst = /^(\d{1,2})\s?[/.\- ]\s?(\d{1,2})\s?[/.\- ]\s?(\d{4})$/.exec(value);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2].padStart(2, '0')}-${dayFirst[1].padStart(2, '0')}`;
  return null;
}
