import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { type Alert, GetAlertsQuery } from './get-alerts.query.js';

@QueryHandler(GetAlertsQuery)
export class GetAlertsHandler implements IQueryHandler<GetAlertsQuery, Alert[]> {
  constructor(private readonly db: DataSource) {}

  async execute(query: GetAlertsQuery): Promise<Alert[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT alert_id::text AS alert_id, kind, order_id::text AS order_id, breach_id, raised_at, reason, why, position
         FROM alerts WHERE force = $1 ORDER BY raised_at DESC, position DESC LIMIT $2`,
      [query.force, query.limit],
    );
    return rows.map((row) => ({
      alertId: row.alert_id as string,
      kind: row.kind as string,
      orderId: row.order_id as string,
      breachId: (row.breach_id as string | null) ?? null,
      raisedAt: new Date(row.raised_at as string).toISOString(),
      reason: row.reason as string,
      why: row.why as string,
      position: Number(row.position),
    }));
  }
}
