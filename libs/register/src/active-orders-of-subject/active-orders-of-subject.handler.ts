import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type ActiveOrderOfSubject, ActiveOrdersOfSubjectQuery } from './active-orders-of-subject.query.js';

@QueryHandler(ActiveOrdersOfSubjectQuery)
export class ActiveOrdersOfSubjectHandler implements IQueryHandler<ActiveOrdersOfSubjectQuery, ActiveOrderOfSubject[]> {
  constructor(private readonly db: DataSource) {}

  async execute({ subjectId }: ActiveOrdersOfSubjectQuery): Promise<ActiveOrderOfSubject[]> {
    const rows: { order_id: string; order_type: string; made_on: string }[] = await this.db.query(
      `SELECT order_id::text AS order_id, order_type, made_on::text AS made_on FROM register_orders
        WHERE subject_id = $1::uuid AND status IN ('active', 'interim') ORDER BY made_on`,
      [subjectId],
    );
    return rows.map((row) => ({ orderId: row.order_id, type: row.order_type, madeOn: row.made_on }));
  }
}
