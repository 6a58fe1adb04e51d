import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { parsePncId } from '../../subjects/pnc-id.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import { requireNotInFuture } from './dates-in-order.js';

/**
 * The subject must be someone an officer can look up: a name, a real date of birth if one is
 * given, and a PNC ID whose check letter is right (DOMAIN.md §5). Returns the details with the
 * PNC ID in its canonical form, so every order of a subject carries the same key.
 */
export function validSubjectDetails(subject: SubjectDetails, today: IsoDate): SubjectDetails {
  if (`${subject.forenames ?? ''}${subject.surname ?? ''}`.trim() === '') {
    throw new RuleViolation('subject-name-empty', 'The subject must have a surname or forenames.', 'subject.surname');
  }
  if (subject.dateOfBirth !== null) {
    requireNotInFuture(subject.dateOfBirth, today, 'subject.dateOfBirth', 'date of birth');
  }
  let pncId: string | null = null;
  if (subject.pncId !== null && subject.pncId.trim() !== '') {
    const parsed = parsePncId(subject.pncId, today);
    if (!parsed.ok) throw new RuleViolation('pnc-id-invalid', parsed.reason, 'subject.pncId');
    pncId = parsed.canonical;
  }
  return {
    subjectId: subject.subjectId,
    forenames: subject.forenames,
    surname: subject.surname,
    dateOfBirth: subject.dateOfBirth,
    aliases: subject.aliases.map((alias) => ({ forenames: alias.forenames, surname: alias.surname })),
    pncId,
  };
}
