/** An officer's "does this person have an active order?"; any one of the three is enough. */
export class CheckSubjectQuery {
  constructor(
    readonly name: string | null,
    /** A full date (YYYY-MM-DD) or a year (YYYY). */
    readonly dateOfBirth: string | null,
    /** Canonical PNC ID, already validated. */
    readonly pncId: string | null,
  ) {}
}

export interface SubjectMatch {
  subjectId: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  pncId: string | null;
  aliases: { forenames: string; surname: string }[];
  score: number;
  matchedOn: string[];
  activeOrders: {
    orderId: string;
    type: string;
    status: string;
    owningForce: string;
    prohibitions: { prohibitionId: string; text: string; until: string | null }[];
    expiresOn: string | null;
    /** R37: whether a breach would be an offence where the checking officer is; set at the edge. */
    breachIsOffenceHere?: boolean | null;
  }[];
}

export interface CheckSubjectResult {
  matches: SubjectMatch[];
}
