/** The orders in force against one subject: what a new order may supersede (R13). */
export class ActiveOrdersOfSubjectQuery {
  constructor(readonly subjectId: string) {}
}

export interface ActiveOrderOfSubject {
  orderId: string;
  type: string;
  madeOn: string;
}
