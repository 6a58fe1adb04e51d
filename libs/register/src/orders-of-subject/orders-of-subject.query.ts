import type { IsoDate, OrderType, OrderId, SubjectId } from '#domain';

/** Every order on the register against one subject, with its status as at `today`. */
export class OrdersOfSubjectQuery {
  constructor(
    readonly subjectId: SubjectId,
    readonly today: IsoDate,
  ) {}
}

export interface OrderOfSubject {
  orderId: OrderId;
  orderType: OrderType;
  owningForce: string;
  madeOn: IsoDate;
  /** As at today: an order whose last prohibition has passed is 'expired' whether or not the clock has run. */
  status: string;
  inForce: boolean;
}
