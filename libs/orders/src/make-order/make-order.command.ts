import type { ForeignTravel, IsoDate, MakeOrder, OrderType } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

export interface NewProhibition {
  text: string;
  until: IsoDate | null;
  foreignTravel?: ForeignTravel;
}

export interface NewOrderDetails {
  type: OrderType;
  owningForce: string;
  court: string;
  madeOn: IsoDate;
  servedOn: IsoDate | null;
  subject: {
    subjectId?: string;
    forenames: string;
    surname: string;
    dateOfBirth: IsoDate | null;
    aliases: { forenames: string; surname: string }[];
    /** Canonical form; the edge has checked the check character. */
    pncId: string | null;
    /** Canonical CRO number; kept with the subject's identity. */
    croNumber?: string | null;
  };
  prohibitions: NewProhibition[];
  /** The law under which it was made and who applied (R1, R2, R4-R7, R12, R15, R26). */
  legal: Pick<MakeOrder, 'legalBasis' | 'applicant' | 'notifiedForce' | 'qualifyingOffence' | 'notification' | 'passportSurrender' | 'interimOrderId'>;
}

export class MakeOrderCommand {
  constructor(
    readonly order: NewOrderDetails,
    readonly request: RequestContext,
  ) {}
}
