import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import type { IsoDate, OrderId } from '#domain';
import { type ExpiryToWarnOf, OrdersExpiringSoonQuery } from './orders-expiring-soon.query.js';

@QueryHandler(OrdersExpiringSoonQuery)
export class OrdersExpiringSoonHandler implements IQueryHandler<OrdersExpiringSoonQuery, ExpiryToWarnOf[]> {
  constructor(private readonly db: DataSource) {}

  async execute(query: OrdersExpiringSoonQuery): Promise<ExpiryToWarnOf[]> {
    // A range of the partial index on last_day_to_warn; a last day before today is the expiry sweep's.
    const rows: { order_id: string; last_day: string }[] = await this.db.query(
      `SELECT o.order_id::text AS order_id, to_char(o.last_day_to_warn, 'YYYY-MM-DD') AS last_day FROM register_orders o
        WHERE o.last_day_to_warn BETWEEN $1::date AND $1::date + $2::integer
        ORDER BY o.last_day_to_warn, o.order_id LIMIT $3`,
      [query.today, query.warningDays, query.limit],
    );
    return rows.map((row) => ({ orderId: row.order_id as OrderId, lastDay: row.last_day as IsoDate }));
  }
}
