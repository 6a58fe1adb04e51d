import type { OrderId } from '#domain';
/** The orders the register holds as in force against some subjects: what a new order may supersede (R13). */
export class ActiveOrdersOfSubjectQuery {
  constructor(readonly subjectIds: readonly string[]) {}
}

export interface ActiveOrdersOfSubjects {
  orders: ActiveOrderOfSubject[];
  /** The register's checkpoint when it was read: what it says covers every event up to there. */
  registerCheckpoint: string | null;
}

export interface ActiveOrderOfSubject {
  subjectId: string;
  orderId: OrderId;
  type: string;
  madeOn: string;
}
