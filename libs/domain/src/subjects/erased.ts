import type { OrderState } from '../orders/state.js';
import type { RecordChanges } from '../orders/events.js';

/**
 * What an erased subject's personal text reads as (crypto-shredding): the key that opened it is
 * destroyed. Dates of birth and identifiers read as null, lists of names and passports as empty.
 */
export const ERASED = '[erased]';

export const ERASED_PARTICULARS = Object.freeze({ forenames: ERASED, surname: ERASED, dateOfBirth: null, pncId: null, croNumber: null });

/** A name that is only the marker: not a name anyone could be found by. */
export function isErasedName(name: { forenames: string; surname: string }): boolean {
  return name.forenames === ERASED && name.surname === ERASED;
}

type SubjectFields = NonNullable<RecordChanges['subject']>;

function erasedSubjectFields(fields: SubjectFields | undefined): SubjectFields | undefined {
  if (fields === undefined) return undefined;
  const erased: SubjectFields = {};
  if (fields.forenames !== undefined) erased.forenames = ERASED;
  if (fields.surname !== undefined) erased.surname = ERASED;
  if (fields.dateOfBirth !== undefined) erased.dateOfBirth = null;
  if (fields.aliases !== undefined) erased.aliases = [];
  if (fields.pncId !== undefined) erased.pncId = null;
  return erased;
}

function withSubject<T extends { subject?: SubjectFields }>(values: T): T {
  if (values.subject === undefined) return values;
  return { ...values, subject: erasedSubjectFields(values.subject) };
}

/**
 * An order's state as folding its events would give once its subject is erased: every field the
 * log seals under the subject's key replaced by the marker, everything else (type, dates, forces,
 * statuses, prohibitions) as it was. The register applies it when SubjectErased arrives, so its
 * rows agree with a rebuild from the log.
 */
export function erasedOrderState<S extends OrderState>(state: S): S {
  if (state.status === 'none') return state;
  return {
    ...state,
    subject: { ...state.subject, forenames: ERASED, surname: ERASED, dateOfBirth: null, pncId: null, aliases: [] },
    subjectAddress: state.subjectAddress && { ...state.subjectAddress, line1: ERASED, postcode: ERASED },
    notifications: state.notifications.map((n) => ({ ...n, names: [], address: { ...n.address, line1: ERASED, postcode: ERASED } })),
    breaches: state.breaches.map((breach) => ({ ...breach, description: ERASED })),
    passports: {
      ...state.passports,
      surrendered: state.passports.surrendered.map((s) => ({ ...s, passports: [] })),
      returned: state.passports.returned.map((r) => ({ ...r, passports: [] })),
    },
    corrections: state.corrections.map((c) => ({ ...c, reason: ERASED, changes: withSubject(c.changes), previous: withSubject(c.previous) })),
  };
}
