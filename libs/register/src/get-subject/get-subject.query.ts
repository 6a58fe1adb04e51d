import type { IsoDate, SubjectId } from '#domain';
import type { OrderOfSubject } from '../orders-of-subject/orders-of-subject.query.js';

/** One subject as the register knows them, with every order against them (status as at `today`). */
export class GetSubjectQuery {
  constructor(
    readonly subjectId: SubjectId,
    readonly today: IsoDate,
  ) {}
}

export interface SubjectView {
  subjectId: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  pncId: string | null;
  croNumber: string | null;
  aliases: { forenames: string; surname: string }[];
  orders: OrderOfSubject[];
}

/** The subject's identity stream, oldest first: registration, names added, corrections. */
export class SubjectHistoryQuery {
  constructor(readonly subjectId: SubjectId) {}
}
