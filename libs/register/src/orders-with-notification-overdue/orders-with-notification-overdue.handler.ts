import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { OrdersWithNotificationOverdueQuery } from './orders-with-notification-overdue.query.js';

@QueryHandler(OrdersWithNotificationOverdueQuery)
export class OrdersWithNotificationOverdueHandler implements IQueryHandler<OrdersWithNotificationOverdueQuery, string[]> {
  constructor(private readonly db: DataSource) {}

  async execute(query: OrdersWithNotificationOverdueQuery): Promise<string[]> {
    const rows: { order_id: string }[] = await this.db.query(
      `SELECT order_id::text AS order_id FROM register_orders
        WHERE notification_due_by < $1::date ORDER BY notification_due_by, order_id LIMIT $2`,
      [query.today, query.limit],
    );
    return rows.map((row) => row.order_id);
  }
}
