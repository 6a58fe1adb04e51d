import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import { requireNotInFuture } from './dates-in-order.js';

/**
 * The subject must be someone an officer can look up: a name, a real date of birth if one is
 * given (DOMAIN.md §5). The PNC ID comes canonical (a PncId), so every order of a subject carries
 * the same key.
 */
export function validSubjectDetails(subject: SubjectDetails, today: IsoDate): SubjectDetails {
  if (`${subject.forenames ?? ''}${subject.surname ?? ''}`.trim() === '') {
    throw new RuleViolation('subject-name-empty', 'The subject must have a surname or forenames.', 'subject.surname');
  }
  if (subject.dateOfBirth !== null) {
    requireNotInFuture(subject.dateOfBirth, today, 'subject.dateOfBirth', 'date of birth');
  }
  return {
    subjectId: subject.subjectId,
    forenames: subject.forenames,
    surname: subject.surname,
    dateOfBirth: subject.dateOfBirth,
    aliases: subject.aliases.map((alias) => ({ forenames: alias.forenames, surname: alias.surname })),
    pncId: subject.pncId,
  };
}
