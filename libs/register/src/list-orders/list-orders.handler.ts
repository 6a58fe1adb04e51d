import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { OrderInForceOrEnded } from '#domain';
import { STATUS_AS_AT } from '../status-as-at.sql.js';
import { ListOrdersQuery, type OrderPage } from './list-orders.query.js';

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery, OrderPage> {
  constructor(private readonly db: DataSource) {}

  async execute(query: ListOrdersQuery): Promise<OrderPage> {
    // An order touches a force when the force owns or owned it, a breach happened there, or the subject notified an address there.
    const where = `($1::text[] IS NULL OR forces && $1::text[])
                   AND ($2::text IS NULL OR ${STATUS_AS_AT('$4')} = $2)
                   AND (NOT $3::boolean OR cross_border)`;
    const params = [query.forces, query.status, query.crossBorder, query.today];
    const [{ total }]: { total: string | number }[] = await this.db.query(
      `SELECT count(*) AS total FROM register_orders WHERE ${where}`,
      params,
    );
    // The subject as the register knows them now (a correction of their particulars applies to every order).
    const rows: { state: OrderInForceOrEnded; version: number; forces: string[]; status: string; forenames: string | null; surname: string | null; date_of_birth: string | null }[] = await this.db.query(
      `SELECT o.state, o.version, o.forces, o.status, s.forenames, s.surname, s.date_of_birth::text AS date_of_birth
         FROM (SELECT state, version, forces, subject_id, made_on, order_id, ${STATUS_AS_AT('$4')} AS status FROM register_orders WHERE ${where}
                ORDER BY made_on DESC, order_id LIMIT $5 OFFSET $6) o
         LEFT JOIN register_subjects s ON s.subject_id = o.subject_id
        ORDER BY o.made_on DESC, o.order_id`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      orders: rows.map(({ state, version, forces, status, forenames, surname, date_of_birth }) => ({
        orderId: state.orderId,
        type: state.orderType,
        status,
        owningForce: state.owningForce,
        madeOn: state.madeOn,
        forces,
        subject: {
          subjectId: state.subject.subjectId,
          forenames: forenames ?? state.subject.forenames,
          surname: surname ?? state.subject.surname,
          dateOfBirth: forenames === null ? state.subject.dateOfBirth : date_of_birth,
        },
        version,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: Number(total),
    };
  }
}
