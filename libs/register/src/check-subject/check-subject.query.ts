import type { IsoDate } from '#domain';

/** An officer's "does this person have an order I must enforce?": a name or an identifier, a date of birth to narrow. */
export class CheckSubjectQuery {
  constructor(
    readonly name: string | null,
    /** A full date (YYYY-MM-DD) or a year (YYYY). */
    readonly dateOfBirth: string | null,
    /** Canonical PNC ID, already validated. */
    readonly pncId: string | null,
    /** Canonical CRO number, already validated. */
    readonly croNumber: string | null,
    /** Orders are shown as they stand on this day, whether or not the clock has run. */
    readonly today: IsoDate,
  ) {}
}

export interface ActiveOrderSummary {
  orderId: string;
  type: string;
  status: string;
  owningForce: string;
  prohibitions: { prohibitionId: string; text: string; until: string | null }[];
  expiresOn: string | null;
  /** R37: whether a breach would be an offence where the checking officer is; set at the edge. */
  breachIsOffenceHere?: boolean | null;
}

export interface SubjectMatch {
  subjectId: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  pncId: string | null;
  croNumber: string | null;
  aliases: { forenames: string; surname: string }[];
  /** 0..1; 1 only for an exact PNC ID or CRO number. */
  score: number;
  /** How an officer should read it: 'strong' — very likely this person; 'possible' — confirm identity. */
  band: 'strong' | 'possible';
  /** Why it matched, e.g. ["alias", "phonetic", "dateOfBirth"]. */
  matchedOn: string[];
  activeOrders: ActiveOrderSummary[];
}

export interface CheckSubjectResult {
  matches: SubjectMatch[];
  /** More people matched than are shown: narrow the check with a date of birth or an identifier. */
  moreMatches: boolean;
}
