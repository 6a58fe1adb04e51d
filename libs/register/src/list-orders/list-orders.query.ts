import type { IsoDate } from '#domain';
/** A page of orders; the caller has already narrowed `forces` to what the user may see. */
export class ListOrdersQuery {
  constructor(
    /** null: every force (national users). */
    readonly forces: string[] | null,
    readonly status: string | null,
    readonly crossBorder: boolean,
    readonly page: number,
    readonly pageSize: number,
    /** Statuses are judged as at this day: an order past its last prohibition is expired. */
    readonly today: IsoDate,
  ) {}
}

export interface OrderSummary {
  orderId: string;
  type: string;
  status: string;
  owningForce: string;
  madeOn: string;
  forces: string[];
  subject: { subjectId: string; forenames: string; surname: string; dateOfBirth: string | null };
  version: number;
}

export interface OrderPage {
  orders: OrderSummary[];
  page: number;
  pageSize: number;
  total: number;
}
