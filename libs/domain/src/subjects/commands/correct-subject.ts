import type { SubjectId } from '../subject-id.js';
import type { Actor } from '../../actors/actor.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { NotPermitted, RuleViolation, SubjectNotFound } from '../../errors/domain-error.js';
import { requireNotInFuture } from '../../orders/rules/dates-in-order.js';
import type { Alias } from '../subject-details.js';
import type { CorrectableParticulars, SubjectParticularsCorrected } from '../subject-events.js';
import type { SubjectState } from '../subject-state.js';
import { validCroNumber } from './register-subject.js';

/**
 * Change who the register says the subject is — a misspelt name, a wrong date of birth, a PNC ID
 * found later — explicitly, with a reason, by an order manager of a force that has an order on the
 * subject. The only way a subject's particulars change.
 */
export interface CorrectSubject {
  type: 'CorrectSubject';
  subjectId: SubjectId;
  changes: CorrectableParticulars;
  reason: string;
  /** Forces that own, or have owned, an order on the subject (from the register). */
  forcesWithOrders: readonly string[];
}

export function correctSubject(command: CorrectSubject, state: SubjectState, context: { actor: Actor; today: IsoDate }): [SubjectParticularsCorrected] {
  if (state.status !== 'registered') throw new SubjectNotFound(command.subjectId);
  const { actor, today } = context;
  if (actor.role !== 'order-manager') {
    throw new NotPermitted(`Only an order manager may correct a subject's particulars; a ${actor.role} may not.`);
  }
  if (!actor.force || !command.forcesWithOrders.includes(actor.force)) {
    throw new NotPermitted(`Only an order manager of a force with an order on subject ${command.subjectId} may correct their particulars.`);
  }
  if (command.reason.trim() === '') {
    throw new RuleViolation('correction-needs-reason', 'Say why the particulars are corrected: the reason is kept with the correction.', 'reason');
  }
  const changes = validChanges(command.changes, today);
  const previous: CorrectableParticulars = {};
  const actual: CorrectableParticulars = {};
  for (const field of Object.keys(changes) as (keyof CorrectableParticulars)[]) {
    if (JSON.stringify(changes[field]) === JSON.stringify(state[field])) continue;
    Object.assign(actual, { [field]: changes[field] });
    Object.assign(previous, { [field]: state[field] });
  }
  if (Object.keys(actual).length === 0) {
    throw new RuleViolation('correction-changes-nothing', 'The correction gives the particulars the register already holds.', 'changes');
  }
  const forenames = actual.forenames ?? state.forenames;
  const surname = actual.surname ?? state.surname;
  if (`${forenames}${surname}`.trim() === '') {
    throw new RuleViolation('subject-name-empty', 'The subject must keep a surname or forenames.', 'changes.surname');
  }
  return [{ type: 'SubjectParticularsCorrected', data: { subjectId: command.subjectId, changes: actual, previous, reason: command.reason, correctedOn: today } }];
}

function validChanges(changes: CorrectableParticulars, today: IsoDate): CorrectableParticulars {
  const valid: CorrectableParticulars = {};
  if (changes.forenames !== undefined) valid.forenames = changes.forenames;
  if (changes.surname !== undefined) valid.surname = changes.surname;
  if (changes.dateOfBirth !== undefined) {
    if (changes.dateOfBirth !== null) requireNotInFuture(changes.dateOfBirth, today, 'changes.dateOfBirth', 'date of birth');
    valid.dateOfBirth = changes.dateOfBirth;
  }
  if (changes.pncId !== undefined) valid.pncId = changes.pncId;
  if (changes.croNumber !== undefined) valid.croNumber = validCroNumber(changes.croNumber, 'changes.croNumber');
  if (changes.aliases !== undefined) valid.aliases = changes.aliases.map((alias: Alias) => ({ forenames: alias.forenames, surname: alias.surname }));
  return valid;
}
