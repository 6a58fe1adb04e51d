import type { SubjectId } from './subject-id.js';
import type { OrderId } from '../orders/order-id.js';
import type { PncId } from './pnc-id.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Alias } from './subject-details.js';

/** Who a subject is, as the register knows them: the identity every order of theirs points at. */
export interface SubjectParticulars {
  forenames: string;
  surname: string;
  dateOfBirth: IsoDate | null;
  /** Canonical 'YYYY/NNNNNNNC'. */
  pncId: PncId | null;
  /** Canonical 'NNNNNN/YYC' or 'SFYY/NNNNNNC'. */
  croNumber: string | null;
  aliases: Alias[];
}

export type CorrectableParticulars = Partial<SubjectParticulars>;

/** A person first put on the register, with the first order recorded against them. */
export interface SubjectRegistered {
  type: 'SubjectRegistered';
  data: { subjectId: SubjectId } & SubjectParticulars;
}

/** Other names the subject uses, given when a later order was recorded against them (R16: every name is notifiable). */
export interface SubjectAliasesAdded {
  type: 'SubjectAliasesAdded';
  data: { subjectId: SubjectId; aliases: Alias[]; orderId: OrderId };
}

/** An explicit correction of who the subject is: the only event that changes a name, date of birth or identifier. */
export interface SubjectParticularsCorrected {
  type: 'SubjectParticularsCorrected';
  data: {
    subjectId: SubjectId;
    changes: CorrectableParticulars;
    /** What the corrected fields said before, so history shows what changed. */
    previous: CorrectableParticulars;
    reason: string;
    correctedOn: IsoDate;
  };
}

/**
 * The subject's personal data was erased (crypto-shredding, by the national role): their key is
 * destroyed, so every personal field sealed under it reads as the erased marker from now on. Carries
 * no personal data itself; the orders, their dates and forces stay.
 */
export interface SubjectErased {
  type: 'SubjectErased';
  data: { subjectId: SubjectId; erasedOn: IsoDate };
}

export type SubjectEvent = SubjectRegistered | SubjectAliasesAdded | SubjectParticularsCorrected | SubjectErased;
export type SubjectEventType = SubjectEvent['type'];

export const SUBJECT_EVENT_SCHEMA_VERSIONS: Record<SubjectEventType, number> = Object.freeze({
  SubjectRegistered: 1,
  SubjectAliasesAdded: 1,
  SubjectParticularsCorrected: 1,
  SubjectErased: 1,
});

export function isSubjectEvent(event: { type: string }): event is SubjectEvent {
  return Object.hasOwn(SUBJECT_EVENT_SCHEMA_VERSIONS, event.type);
}

/** Each subject is one stream in the log. */
export const SUBJECT_STREAM_PREFIX = 'subject-';

export function subjectStreamId(subjectId: SubjectId): string {
  return `${SUBJECT_STREAM_PREFIX}${subjectId}`;
}
