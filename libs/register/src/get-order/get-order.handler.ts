import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { IsoDate, OrderInForceOrEnded, PncId } from '#domain';
import { type OrderView, toOrderView } from '../order-view.js';
import { GetOrderQuery } from './get-order.query.js';

interface SubjectNow {
  forenames: string;
  surname: string;
  dateOfBirth: IsoDate | null;
  pncId: PncId | null;
}

export interface FoundOrder {
  view: OrderView;
  /** Every force the order touches (owner and breach locations), for scope checks. */
  forces: string[];
}

@QueryHandler(GetOrderQuery)
export class GetOrderHandler implements IQueryHandler<GetOrderQuery, FoundOrder | null> {
  constructor(private readonly db: DataSource) {}

  async execute({ orderId, today }: GetOrderQuery): Promise<FoundOrder | null> {
    const [row]: { state: OrderInForceOrEnded; version: number; forces: string[]; subject: SubjectNow | null }[] = await this.db.query(
      `SELECT o.state, o.version, o.forces,
              (SELECT json_build_object('forenames', s.forenames, 'surname', s.surname, 'dateOfBirth', s.date_of_birth::text, 'pncId', s.pnc_id)
                 FROM register_subjects s WHERE s.subject_id = o.subject_id) AS subject
         FROM register_orders o WHERE o.order_id = $1::uuid`,
      [orderId],
    );
    if (!row) return null;
    const view = toOrderView(row.state, row.version, today);
    // The subject is shown as the register knows them now: a correction of their particulars applies to every order.
    if (row.subject) view.subject = { ...view.subject, ...row.subject };
    return { view, forces: row.forces };
  }
}
