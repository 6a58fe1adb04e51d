import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { DELIVERY_COLUMNS, deliveryOf } from '../webhook-rows.js';
import type { DeliveryPage } from '../webhook.types.js';
import { GetDeliveriesQuery } from './get-deliveries.query.js';

/** A live webhook's deliveries, newest first; null when the force has no such live webhook. */
@QueryHandler(GetDeliveriesQuery)
export class GetDeliveriesHandler implements IQueryHandler<GetDeliveriesQuery, DeliveryPage | null> {
  constructor(private readonly db: DataSource) {}

  async execute(query: GetDeliveriesQuery): Promise<DeliveryPage | null> {
    const live: unknown[] = await this.db.query(`SELECT 1 FROM webhooks WHERE webhook_id = $1 AND force = $2 AND deleted_at IS NULL`, [query.webhookId, query.force]);
    if (live.length === 0) return null;
    // One more than the page, to know whether there is another.
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS}
         FROM webhook_deliveries d
        WHERE d.webhook_id = $1
          AND ($2::text IS NULL OR d.status = $2)
          AND ($3::bigint IS NULL OR d.seq < $3)
        ORDER BY d.seq DESC
        LIMIT $4`,
      [query.webhookId, query.status, query.before, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const more = rows.length > query.limit;
    return { deliveries: page.map(deliveryOf), next: more ? String(page[page.length - 1].seq) : null };
  }
}
