import { ERASED } from '#domain';

/**
 * Where each event keeps personal data, field by field: the names, date of birth, identifiers and
 * aliases of a subject; names and addresses the subject notified; the address at making; breach
 * descriptions and correction reasons (free text, which may name people); passport numbers. Each
 * path is sealed on its own, so the rest of the event (ids, dates, forces, types) stays readable.
 * `erased` is what the field reads as once the subject's key is destroyed.
 */
export interface PersonalField {
  path: readonly string[];
  erased: unknown;
}

const text = (...path: string[]): PersonalField => ({ path, erased: ERASED });
const nullable = (...path: string[]): PersonalField => ({ path, erased: null });
const list = (...path: string[]): PersonalField => ({ path, erased: [] });

const particulars = (...at: string[]): PersonalField[] => [
  text(...at, 'forenames'),
  text(...at, 'surname'),
  nullable(...at, 'dateOfBirth'),
  nullable(...at, 'pncId'),
  nullable(...at, 'croNumber'),
  list(...at, 'aliases'),
];

export const PERSONAL_FIELDS: Readonly<Record<string, readonly PersonalField[]>> = Object.freeze({
  SubjectRegistered: particulars(),
  SubjectAliasesAdded: [list('aliases')],
  SubjectParticularsCorrected: [...particulars('changes'), ...particulars('previous'), text('reason')],
  OrderMade: [...particulars('subject'), text('subjectAddress', 'line1'), text('subjectAddress', 'postcode')],
  NotificationReceived: [list('names'), text('address', 'line1'), text('address', 'postcode')],
  BreachRecorded: [text('description')],
  PassportsSurrendered: [list('passports')],
  PassportsReturned: [list('passports')],
  RecordCorrected: [...particulars('changes', 'subject'), ...particulars('previous', 'subject'), text('reason')],
});

/** A personal field as the log holds it: ciphertext under the subject's key, and whose key it is. */
export interface SealedField {
  $sealed: string;
  subject: string;
}

export function isSealedField(value: unknown): value is SealedField {
  return typeof value === 'object' && value !== null && typeof (value as SealedField).$sealed === 'string' && typeof (value as SealedField).subject === 'string';
}

type Data = Record<string, unknown>;

/**
 * A copy of `data` with each personal field that is present (undefined means absent: a correction
 * names only what it changes) replaced by `replace(value, field)`. Objects on the way are copied,
 * never changed in place.
 */
export function mapPersonalFields(type: string, data: Data, replace: (value: unknown, field: PersonalField) => unknown): Data {
  const fields = PERSONAL_FIELDS[type];
  if (!fields) return data;
  let copy = data;
  for (const field of fields) copy = mapAt(copy, field.path, (value) => replace(value, field));
  return copy;
}

function mapAt(data: Data, path: readonly string[], replace: (value: unknown) => unknown): Data {
  const [head, ...rest] = path;
  if (!Object.hasOwn(data, head) || data[head] === undefined) return data;
  const value = data[head];
  if (rest.length === 0) return { ...data, [head]: replace(value) };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return data;
  return { ...data, [head]: mapAt(value as Data, rest, replace) };
}
