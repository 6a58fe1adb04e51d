import type { IsoDate } from '../dates/iso-date.js';

declare const canonicalPncId: unique symbol;

/** A PNC ID in its canonical long form 'YYYY/NNNNNNNC', its check letter checked: only `parsePncId` makes one. */
export type PncId = string & { readonly [canonicalPncId]: true };

export type PncParse = { ok: true; canonical: PncId } | { ok: false; reason: string };

// Check characters of the PNC ID (MoJ hmpps-person-record PNCIdentifier): I, O and S are left out
// so they cannot be mistaken for digits; Z stands for remainder 0.
const CHECK_CHARACTERS = 'ZABCDEFGHJKLMNPQRTUVWXY';
const LONG_FORM = /^(\d{4})\/(\d{1,7})([A-Z])$/;
const SHORT_FORM = /^(\d{2})\/?(\d{1,7})([A-Z])$/;

export function pncCheckCharacter(twoDigitYear: string, serial7: string): string {
  return CHECK_CHARACTERS[Number(twoDigitYear + serial7) % CHECK_CHARACTERS.length] as string;
}

/**
 * Reads a PNC ID as officers write it — long 'YYYY/NNNNNNNC' or short 'YY/N…NC' (slash optional) —
 * and returns the canonical long form 'YYYY/NNNNNNNC'. A short year is this century when it is not
 * after today's two-digit year, the last century otherwise; today comes from the caller's clock.
 */
export function parsePncId(raw: string, today: IsoDate): PncParse {
  const written = raw.trim().toUpperCase();
  const currentYear = Number(today.slice(0, 4));
  const long = LONG_FORM.exec(written);
  const short = long ? null : SHORT_FORM.exec(written);
  const match = long ?? short;
  if (!match) {
    return { ok: false, reason: 'A PNC ID is written YYYY/NNNNNNNC or YY/NNNNNNNC: a year, a serial number of up to 7 digits and a check letter.' };
  }
  const [, yearPart, serial, check] = match as unknown as [string, string, string, string];
  const year = long ? Number(yearPart) : centuryFor(Number(yearPart), currentYear) + Number(yearPart);
  if (year > currentYear) {
    return { ok: false, reason: `The PNC ID year ${year} is in the future.` };
  }
  const serial7 = serial.padStart(7, '0');
  const twoDigitYear = String(year % 100).padStart(2, '0');
  const expected = pncCheckCharacter(twoDigitYear, serial7);
  if (check !== expected) {
    return { ok: false, reason: `The PNC ID check letter should be ${expected}, not ${check}: the number may have been mistyped.` };
  }
  return { ok: true, canonical: `${year}/${serial7}${check}` as PncId };
}

function centuryFor(twoDigitYear: number, currentYear: number): number {
  return twoDigitYear <= currentYear % 100 ? 2000 : 1900;
}
