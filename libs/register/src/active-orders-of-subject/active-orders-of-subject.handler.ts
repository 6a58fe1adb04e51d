import type { OrderId } from '#domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type ActiveOrdersOfSubjects, ActiveOrdersOfSubjectQuery } from './active-orders-of-subject.query.js';
import { storedCheckpointSql } from '#event-store';

@QueryHandler(ActiveOrdersOfSubjectQuery)
export class ActiveOrdersOfSubjectHandler implements IQueryHandler<ActiveOrdersOfSubjectQuery, ActiveOrdersOfSubjects> {
  constructor(private readonly db: DataSource) {}

  async execute({ subjectIds }: ActiveOrdersOfSubjectQuery): Promise<ActiveOrdersOfSubjects> {
    // One statement, so the checkpoint is the one the orders were read at.
    const rows: { subject_id: string | null; order_id: string; order_type: string; made_on: string; register_checkpoint: string | null }[] = await this.db.query(
      `SELECT * FROM (
         SELECT subject_id::text AS subject_id, order_id::text AS order_id, order_type, made_on::text AS made_on, NULL::text AS register_checkpoint
           FROM register_orders
          WHERE subject_id = ANY($1::uuid[]) AND status IN ('active', 'interim')
         UNION ALL
         SELECT NULL, NULL, NULL, NULL, ${storedCheckpointSql('register', 'checkpoint')}) AS read
        ORDER BY made_on, order_id`,
      [subjectIds],
    );
    const orders = rows.flatMap((row) =>
      row.subject_id === null ? [] : [{ subjectId: row.subject_id, orderId: row.order_id as OrderId, type: row.order_type, madeOn: row.made_on }],
    );
    return { orders, registerCheckpoint: rows.find((row) => row.subject_id === null)?.register_checkpoint ?? null };
  }
}
