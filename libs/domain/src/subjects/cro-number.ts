export type CroParse = { ok: true; canonical: string } | { ok: false; reason: string };

// The same check alphabet as the PNC ID (MoJ hmpps-person-record CROIdentifier): I, O, S left out.
const CHECK_CHARACTERS = 'ZABCDEFGHJKLMNPQRTUVWXY';
const STANDARD = /^(\d{1,6})\/(\d{2})([A-Z])$/;
const SEARCH_FILE = /^SF(\d{2})\/(\d{1,6})([A-Z])$/;

function checkCharacter(digits: string): string {
  return CHECK_CHARACTERS[Number(digits) % CHECK_CHARACTERS.length] as string;
}

/**
 * Reads a CRO number as officers write it — standard 'NNNNNN/YYC' (serial of up to six digits) or
 * the search-file form 'SFYY/NNNNNNC' — and returns its canonical form: the standard serial padded
 * to six digits, the search-file serial as written. The check letter is validated (DOMAIN.md §5,
 * de facto rules from MoJ code).
 */
export function parseCroNumber(raw: string): CroParse {
  const written = raw.trim().toUpperCase();
  const standard = STANDARD.exec(written);
  if (standard) {
    const [, serial, year, check] = standard as unknown as [string, string, string, string];
    const serial6 = serial.padStart(6, '0');
    const expected = checkCharacter(year + serial6);
    if (check !== expected) return wrongCheck(expected, check);
    return { ok: true, canonical: `${serial6}/${year}${check}` };
  }
  const searchFile = SEARCH_FILE.exec(written);
  if (searchFile) {
    const [, year, serial, check] = searchFile as unknown as [string, string, string, string];
    const expected = checkCharacter(year + serial);
    if (check !== expected) return wrongCheck(expected, check);
    return { ok: true, canonical: `SF${year}/${serial}${check}` };
  }
  return { ok: false, reason: 'A CRO number is written NNNNNN/YYC (a serial of up to 6 digits, a two-digit year and a check letter) or SFYY/NNNNNNC.' };
}

function wrongCheck(expected: string, check: string): CroParse {
  return { ok: false, reason: `The CRO number check letter should be ${expected}, not ${check}: the number may have been mistyped.` };
}
