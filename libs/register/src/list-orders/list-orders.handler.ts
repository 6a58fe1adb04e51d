import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { OrderInForceOrEnded } from '#domain';
import { ListOrdersQuery, type OrderPage } from './list-orders.query.js';

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery, OrderPage> {
  constructor(private readonly db: DataSource) {}

  async execute(query: ListOrdersQuery): Promise<OrderPage> {
    // An order touches a force when the force owns or owned it, a breach happened there, or the subject notified an address there.
    const where = `($1::text[] IS NULL OR forces && $1::text[])
                   AND ($2::text IS NULL OR status = $2)
                   AND (NOT $3::boolean OR cross_border)`;
    const params = [query.forces, query.status, query.crossBorder];
    const [{ total }]: { total: string | number }[] = await this.db.query(
      `SELECT count(*) AS total FROM register_orders WHERE ${where}`,
      params,
    );
    const rows: { state: OrderInForceOrEnded; version: number; forces: string[] }[] = await this.db.query(
      `SELECT state, version, forces FROM register_orders WHERE ${where}
        ORDER BY made_on DESC, order_id LIMIT $4 OFFSET $5`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      orders: rows.map(({ state, version, forces }) => ({
        orderId: state.orderId,
        type: state.orderType,
        status: state.status,
        owningForce: state.owningForce,
        madeOn: state.madeOn,
        forces,
        subject: {
          subjectId: state.subject.subjectId,
          forenames: state.subject.forenames,
          surname: state.subject.surname,
          dateOfBirth: state.subject.dateOfBirth,
        },
        version,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: Number(total),
    };
  }
}
