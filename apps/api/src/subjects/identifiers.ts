import { type IsoDate, parseCroNumber, parsePncId, type PncId } from '#domain';
import { InvalidRequest } from '../problem-details/invalid-request.exception.js';

/** A PNC ID as a client wrote it, in canonical form; a malformed one or a wrong check letter is a 400 naming `field`. */
export function canonicalPncId(raw: string | null | undefined, today: IsoDate, field: string): PncId | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  const parsed = parsePncId(raw, today);
  if (!parsed.ok) throw new InvalidRequest([{ field, message: parsed.reason }]);
  return parsed.canonical;
}

/** A CRO number as a client wrote it, in canonical form; a malformed one or a wrong check letter is a 400 naming `field`. */
export function canonicalCroNumber(raw: string | null | undefined, field: string): string | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  const parsed = parseCroNumber(raw);
  if (!parsed.ok) throw new InvalidRequest([{ field, message: parsed.reason }]);
  return parsed.canonical;
}
