import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../webhook.types.js';
import { DeliveryFiguresQuery } from './delivery-figures.query.js';

@QueryHandler(DeliveryFiguresQuery)
export class DeliveryFiguresHandler implements IQueryHandler<DeliveryFiguresQuery, Record<DeliveryStatus, number>> {
  constructor(private readonly db: DataSource) {}

  async execute(): Promise<Record<DeliveryStatus, number>> {
    const rows: { status: DeliveryStatus; n: number }[] = await this.db.query(`SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status`);
    const figures = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as Record<DeliveryStatus, number>;
    for (const row of rows) figures[row.status] = Number(row.n);
    return figures;
  }
}
