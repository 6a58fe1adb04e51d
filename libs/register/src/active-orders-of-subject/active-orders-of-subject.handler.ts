import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type ActiveOrderOfSubject, ActiveOrdersOfSubjectQuery } from './active-orders-of-subject.query.js';

@QueryHandler(ActiveOrdersOfSubjectQuery)
export class ActiveOrdersOfSubjectHandler implements IQueryHandler<ActiveOrdersOfSubjectQuery, ActiveOrderOfSubject[]> {
  constructor(private readonly db: DataSource) {}

  async execute({ subjectIds }: ActiveOrdersOfSubjectQuery): Promise<ActiveOrderOfSubject[]> {
    if (subjectIds.length === 0) return [];
    const rows: { subject_id: string; order_id: string; order_type: string; made_on: string }[] = await this.db.query(
      `SELECT subject_id::text AS subject_id, order_id::text AS order_id, order_type, made_on::text AS made_on FROM register_orders
        WHERE subject_id = ANY($1::uuid[]) AND status IN ('active', 'interim') ORDER BY made_on, order_id`,
      [subjectIds],
    );
    return rows.map((row) => ({ subjectId: row.subject_id, orderId: row.order_id, type: row.order_type, madeOn: row.made_on }));
  }
}
