import type { CorrectableParticulars, IsoDate } from '#domain';
import { canonicalCroNumber, canonicalPncId } from '../identifiers.js';
import type { CorrectSubjectRequest } from './correct-subject.request.dto.js';

/** The particulars a correction changes, identifiers in their canonical form (the API's body or a page's form). */
export function subjectCorrectionChanges(body: CorrectSubjectRequest, today: IsoDate): CorrectableParticulars {
  const { forenames, surname, dateOfBirth, aliases, pncId, croNumber } = body.changes;
  const changes: CorrectableParticulars = {
    ...(forenames !== undefined ? { forenames } : {}),
    ...(surname !== undefined ? { surname } : {}),
    ...(dateOfBirth !== undefined ? { dateOfBirth } : {}),
    ...(aliases !== undefined ? { aliases: aliases.map((alias) => ({ forenames: alias.forenames, surname: alias.surname })) } : {}),
    ...(pncId !== undefined ? { pncId: canonicalPncId(pncId, today, 'changes.pncId') } : {}),
    ...(croNumber !== undefined ? { croNumber: canonicalCroNumber(croNumber, 'changes.croNumber') } : {}),
  };
  return changes;
}
