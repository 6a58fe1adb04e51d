import type { Alias, IsoDate, MakeOrder, PncId, SubjectId } from '#domain';
import type { NewProhibition } from '../command-handling/new-ids.js';
import type { RequestContext } from '../command-handling/request-context.js';

/** The subject as the order manager describes them; `subjectId` names one already on the register. */
export interface SubjectAsSent {
  subjectId?: SubjectId;
  forenames: string;
  surname: string;
  dateOfBirth: IsoDate | null;
  aliases: Alias[];
  /** Canonical form; the edge has checked the check character. */
  pncId: PncId | null;
  /** Canonical CRO number; kept with the subject's identity. */
  croNumber: string | null;
}

/** The domain's MakeOrder as the edge sends it: the order's and new subject's ids, and the prohibitions' ids, are given here. */
export type MakeOrderAsSent = Omit<MakeOrder, 'orderId' | 'subject' | 'prohibitions'> & { subject: SubjectAsSent; prohibitions: NewProhibition[] };

export class MakeOrderCommand {
  constructor(
    readonly order: MakeOrderAsSent,
    readonly request: RequestContext,
  ) {}
}
