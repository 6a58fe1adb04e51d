import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { WEBHOOK_COLUMNS, webhookOf } from '../webhook-rows.js';
import type { ListedWebhook } from '../webhook.types.js';
import { ListWebhooksQuery } from './list-webhooks.query.js';

@QueryHandler(ListWebhooksQuery)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooksQuery, ListedWebhook[]> {
  constructor(private readonly db: DataSource) {}

  async execute({ force }: ListWebhooksQuery): Promise<ListedWebhook[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${WEBHOOK_COLUMNS},
              (SELECT count(*)::int FROM webhook_deliveries d WHERE d.webhook_id = w.webhook_id AND d.status = 'pending') AS pending,
              (SELECT count(*)::int FROM webhook_deliveries d WHERE d.webhook_id = w.webhook_id AND d.status = 'dead') AS dead
         FROM webhooks w
        WHERE force = $1 AND deleted_at IS NULL
        ORDER BY registered_at, webhook_id`,
      [force],
    );
    return rows.map((row) => ({ ...webhookOf(row), deliveries: { pending: Number(row.pending), dead: Number(row.dead) } }));
  }
}
