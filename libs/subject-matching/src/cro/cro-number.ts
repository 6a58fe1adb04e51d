export type CroParse = { ok: true; canonical: string } | { ok: false; reason: string };

// The PNC ID's check characters (I, O and S left out; Z stands for remainder 0), as in the MoJ
// hmpps-person-record CROIdentifier (DOMAIN.md §5; de facto, not a Home Office specification).
const CHECK_CHARACTERS = 'ZABCDEFGHJKLMNPQRTUVWXY';
const STANDARD = /^(\d{1,6})\/(\d{2})([A-Z])$/;
const SF = /^SF(\d{2})\/(\d{1,6})([A-Z])$/;

export function croCheckCharacter(digits: string): string {
  return CHECK_CHARACTERS[Number(digits) % CHECK_CHARACTERS.length] as string;
}

/**
 * Reads a CRO number as officers write it: standard 'NNNNNN/YYC' (serial of 1–6 digits, padded to
 * 6; check over YY ‖ serial6), e.g. '123456/08T', or the fingerprint "SF" form 'SFYY/NNNNNNC'
 * (check over YY ‖ serial as written). Returns the canonical form: the serial padded in the
 * standard form, the SF form as written (upper case, no spaces).
 */
export function parseCroNumber(raw: string): CroParse {
  const written = raw.replace(/\s+/g, '').toUpperCase();
  const standard = STANDARD.exec(written);
  if (standard) {
    const [, serial, year, check] = standard as unknown as [string, string, string, string];
    const serial6 = serial.padStart(6, '0');
    const expected = croCheckCharacter(year + serial6);
    if (check !== expected) return wrongCheck(expected, check);
    return { ok: true, canonical: `${serial6}/${year}${check}` };
  }
  const sf = SF.exec(written);
  if (sf) {
    const [, year, serial, check] = sf as unknown as [string, string, string, string];
    const expected = croCheckCharacter(year + serial);
    if (check !== expected) return wrongCheck(expected, check);
    return { ok: true, canonical: `SF${year}/${serial}${check}` };
  }
  return {
    ok: false,
    reason: 'A CRO number is written NNNNNN/YYC (a serial of up to 6 digits, a two-digit year and a check letter) or SFYY/NNNNNNC.',
  };
}

function wrongCheck(expected: string, check: string): CroParse {
  return { ok: false, reason: `The CRO number check letter should be ${expected}, not ${check}: the number may have been mistyped.` };
}
