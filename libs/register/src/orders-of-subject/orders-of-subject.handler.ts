import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { IsoDate, OrderType, OrderId } from '#domain';
import { STATUS_AS_AT } from '../status-as-at.sql.js';
import { type OrderOfSubject, OrdersOfSubjectQuery } from './orders-of-subject.query.js';

@QueryHandler(OrdersOfSubjectQuery)
export class OrdersOfSubjectHandler implements IQueryHandler<OrdersOfSubjectQuery, OrderOfSubject[]> {
  constructor(private readonly db: DataSource) {}

  async execute({ subjectId, today }: OrdersOfSubjectQuery): Promise<OrderOfSubject[]> {
    const rows: { order_id: string; order_type: OrderType; owning_force: string; made_on: IsoDate; status: string }[] = await this.db.query(
      `SELECT order_id::text AS order_id, order_type, owning_force, made_on::text AS made_on, ${STATUS_AS_AT('$2')} AS status
         FROM register_orders WHERE subject_id = $1::uuid ORDER BY made_on, order_id`,
      [subjectId, today],
    );
    return rows.map((row) => ({
      orderId: row.order_id as OrderId,
      orderType: row.order_type,
      owningForce: row.owning_force,
      madeOn: row.made_on,
      status: row.status,
      inForce: row.status === 'active' || row.status === 'interim',
    }));
  }
}
