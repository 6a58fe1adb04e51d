import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { OrdersDueToExpireQuery } from './orders-due-to-expire.query.js';

@QueryHandler(OrdersDueToExpireQuery)
export class OrdersDueToExpireHandler implements IQueryHandler<OrdersDueToExpireQuery, string[]> {
  constructor(private readonly db: DataSource) {}

  async execute(query: OrdersDueToExpireQuery): Promise<string[]> {
    const rows: { order_id: string }[] = await this.db.query(
      `SELECT DISTINCT order_id::text AS order_id FROM register_prohibitions_in_force
        WHERE until < $1::date ORDER BY order_id LIMIT $2`,
      [query.today, query.limit],
    );
    return rows.map((row) => row.order_id);
  }
}
