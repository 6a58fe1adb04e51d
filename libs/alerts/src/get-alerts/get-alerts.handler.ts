import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { cursorAfter, pageEndOf } from './alert-pages.js';
import { type AlertPage, GetAlertsQuery, type InboxAlert } from './get-alerts.query.js';

/** An alert row and its acknowledgement, if any (alert_acknowledgements outlives inbox rebuilds). */
export const INBOX_COLUMNS = `a.alert_id::text AS alert_id, a.kind, a.order_id::text AS order_id, a.subject_id::text AS subject_id, a.breach_id,
       a.event_id::text AS event_id, a.event_type, a.raised_at, a.reason, a.why, a.position,
       k.acknowledged_at, k.by_name, k.by_role, k.by_force`;
export const INBOX_FROM = `alerts a LEFT JOIN alert_acknowledgements k ON k.alert_id = a.alert_id`;

@QueryHandler(GetAlertsQuery)
export class GetAlertsHandler implements IQueryHandler<GetAlertsQuery, AlertPage> {
  constructor(private readonly db: DataSource) {}

  async execute(query: GetAlertsQuery): Promise<AlertPage> {
    const end = query.before === null ? null : pageEndOf(query.before);
    // One more than the page, to know whether there is another.
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${INBOX_COLUMNS}
         FROM ${INBOX_FROM}
        WHERE a.force = $1
          AND ($2::text IS NULL OR a.kind = $2)
          AND ($3::boolean IS NULL OR (k.alert_id IS NOT NULL) = $3)
          AND ($4::timestamptz IS NULL OR (a.raised_at, a.position) < ($4::timestamptz, $5::bigint))
        ORDER BY a.raised_at DESC, a.position DESC
        LIMIT $6`,
      [query.force, query.filter.kind, query.filter.acknowledged, end?.raisedAt ?? null, end?.position ?? null, query.limit + 1],
    );
    const alerts = rows.slice(0, query.limit).map(inboxAlertOf);
    const last = alerts.at(-1);
    return { alerts, next: rows.length > query.limit && last ? cursorAfter(last) : null };
  }
}

export function inboxAlertOf(row: Record<string, unknown>): InboxAlert {
  const acknowledgedAt = row.acknowledged_at === null || row.acknowledged_at === undefined ? null : new Date(row.acknowledged_at as string).toISOString();
  return {
    alertId: row.alert_id as string,
    kind: row.kind as string,
    orderId: row.order_id as string,
    subjectId: (row.subject_id as string | null) ?? null,
    breachId: (row.breach_id as string | null) ?? null,
    eventId: (row.event_id as string | null) ?? null,
    eventType: (row.event_type as string | null) ?? null,
    raisedAt: new Date(row.raised_at as string).toISOString(),
    reason: row.reason as string,
    why: row.why as string,
    position: Number(row.position),
    acknowledged: acknowledgedAt !== null,
    acknowledgedAt,
    acknowledgedBy: acknowledgedAt === null ? null : { name: row.by_name as string, role: row.by_role as string, force: (row.by_force as string | null) ?? null },
  };
}
