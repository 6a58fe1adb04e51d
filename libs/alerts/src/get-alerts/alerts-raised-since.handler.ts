import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { INBOX_COLUMNS, INBOX_FROM, inboxAlertOf } from './get-alerts.handler.js';
import type { InboxAlert } from './get-alerts.query.js';
import { AlertsRaisedSinceQuery } from './alerts-raised-since.query.js';

@QueryHandler(AlertsRaisedSinceQuery)
export class AlertsRaisedSinceHandler implements IQueryHandler<AlertsRaisedSinceQuery, InboxAlert[]> {
  constructor(private readonly db: DataSource) {}

  async execute(query: AlertsRaisedSinceQuery): Promise<InboxAlert[]> {
    // The inbox's key is (position, force): a short range scan at the end of the log.
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${INBOX_COLUMNS} FROM ${INBOX_FROM} WHERE a.position > $2 AND a.force = $1 ORDER BY a.position LIMIT $3`,
      [query.force, query.afterPosition, query.limit],
    );
    return rows.map(inboxAlertOf);
  }
}
