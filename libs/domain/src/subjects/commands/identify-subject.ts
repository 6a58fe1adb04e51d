import type { SubjectId } from '../subject-id.js';
import type { OrderId } from '../../orders/order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { FieldsRuleViolation, RuleViolation } from '../../errors/domain-error.js';
import { normaliseName } from '../normalise-name.js';
import type { Alias } from '../subject-details.js';
import type { SubjectAliasesAdded, SubjectParticulars } from '../subject-events.js';
import type { SubjectState } from '../subject-state.js';
import { validParticulars } from './register-subject.js';

/**
 * A new order names a subject already on the register. The order must describe the same person:
 * the same name and date of birth (and identifiers, where it gives them). It may bring other names
 * the subject uses; nothing else about the person changes here (that is CorrectSubject).
 */
export interface IdentifySubject {
  type: 'IdentifySubject';
  subjectId: SubjectId;
  orderId: OrderId;
  particulars: SubjectParticulars;
}

const IDENTITY_RULE = 'subject-identity';

export function identifySubject(command: IdentifySubject, state: SubjectState, today: IsoDate): SubjectAliasesAdded[] {
  if (state.status !== 'registered') {
    throw new RuleViolation('subject-unknown', `There is no subject ${command.subjectId} on the register: leave subjectId out to record a new subject.`, 'subject.subjectId');
  }
  const given = validParticulars(command.particulars, today);
  const disagreements: { field: string; message: string }[] = [];
  const differs = (field: keyof SubjectParticulars, label: string) =>
    disagreements.push({ field: `subject.${field}`, message: `The ${label} differs from the one recorded for subject ${command.subjectId}.` });
  if (normaliseName(given.forenames) !== normaliseName(state.forenames)) differs('forenames', 'forenames');
  if (normaliseName(given.surname) !== normaliseName(state.surname)) differs('surname', 'surname');
  if (given.dateOfBirth !== null && given.dateOfBirth !== state.dateOfBirth) differs('dateOfBirth', 'date of birth');
  if (given.pncId !== null && given.pncId !== state.pncId) differs('pncId', 'PNC ID');
  if (given.croNumber !== null && given.croNumber !== state.croNumber) differs('croNumber', 'CRO number');
  if (disagreements.length > 0) {
    throw new FieldsRuleViolation(
      IDENTITY_RULE,
      `The order does not describe subject ${command.subjectId} as the register records them (${disagreements.map((d) => d.field).join(', ')}). ` +
        'Record the order against the right subject, or correct the subject\'s particulars first if the register is wrong.',
      disagreements,
    );
  }
  const aliases = newAliases(state, given.aliases);
  return aliases.length === 0 ? [] : [{ type: 'SubjectAliasesAdded', data: { subjectId: command.subjectId, aliases, orderId: command.orderId } }];
}

/** Names not yet known for the subject, each once, compared as officers would type them. */
export function newAliases(known: { forenames: string; surname: string; aliases: Alias[] }, given: Alias[]): Alias[] {
  const key = (name: Alias) => normaliseName(`${name.forenames} ${name.surname}`);
  const seen = new Set([key(known), ...known.aliases.map(key)]);
  const fresh: Alias[] = [];
  for (const alias of given) {
    if (seen.has(key(alias))) continue;
    seen.add(key(alias));
    fresh.push({ forenames: alias.forenames, surname: alias.surname });
  }
  return fresh;
}
