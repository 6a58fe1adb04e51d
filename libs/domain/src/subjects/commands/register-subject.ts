import type { SubjectId } from '../subject-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { validSubjectDetails } from '../../orders/rules/subject-details-valid.js';
import { parseCroNumber } from '../cro-number.js';
import type { SubjectParticulars, SubjectRegistered } from '../subject-events.js';
import type { SubjectState } from '../subject-state.js';

/** Put a person on the register for the first time, as the first order against them names them. */
export interface RegisterSubject {
  type: 'RegisterSubject';
  subjectId: SubjectId;
  particulars: SubjectParticulars;
}

export function registerSubject(command: RegisterSubject, state: SubjectState, today: IsoDate): [SubjectRegistered] {
  if (state.status !== 'none') {
    throw new RuleViolation('subject-exists', `Subject ${command.subjectId} is already on the register.`, 'subject.subjectId');
  }
  return [{ type: 'SubjectRegistered', data: { subjectId: command.subjectId, ...validParticulars(command.particulars, today) } }];
}

/** A name, a real date of birth, identifiers whose check letters are right: in canonical form. */
export function validParticulars(particulars: SubjectParticulars, today: IsoDate): SubjectParticulars {
  const valid = validSubjectDetails({ subjectId: '' as SubjectId, ...particulars }, today);
  return {
    forenames: valid.forenames,
    surname: valid.surname,
    dateOfBirth: valid.dateOfBirth,
    pncId: valid.pncId,
    croNumber: validCroNumber(particulars.croNumber, 'subject.croNumber'),
    aliases: valid.aliases,
  };
}

export function validCroNumber(raw: string | null | undefined, field: string): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const parsed = parseCroNumber(raw);
  if (!parsed.ok) throw new RuleViolation('cro-number-invalid', parsed.reason, field);
  return parsed.canonical;
}
