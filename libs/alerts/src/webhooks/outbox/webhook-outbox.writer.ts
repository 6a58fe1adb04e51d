import type { EntityManager } from 'typeorm';
import type { AlertRow } from '../../inbox/alert-rows.js';
import { WEBHOOKS_LOCK } from '../webhook-lock.js';
import { webhookBodyOf } from './webhook-payload.js';

/**
 * The outbox: in the inbox projection's transaction, one delivery per alert and live webhook of its
 * force that the alert is news to — raised at or after the webhook's registration, and not already
 * in the inbox then (two at the same instant are told apart by the log). Both are facts of the
 * stored rows, so a replay or a rebuild decides as the first projection did. A delivery is unique
 * per (alert, webhook), and `webhook_deliveries` is not among the projection's tables, so a rebuild
 * (which writes the projection's tables in a scratch schema) finds each delivery already made.
 */
export async function writeWebhookDeliveries(alerts: readonly AlertRow[], tx: EntityManager): Promise<void> {
  if (alerts.length === 0) return;
  // Its own statement: a statement's snapshot is taken when it starts, so what follows sees a registration that held the lock.
  await tx.query(`SELECT pg_advisory_xact_lock_shared(${WEBHOOKS_LOCK})`);
  const forces = [...new Set(alerts.map((alert) => alert.force))];
  const live: { force: string; since: Date | string }[] = await tx.query(
    `SELECT force, min(registered_at) AS since FROM webhooks WHERE deleted_at IS NULL AND force = ANY($1::text[]) GROUP BY force`,
    [forces],
  );
  if (live.length === 0) return;
  const since = new Map(live.map((row) => [row.force, new Date(row.since).getTime()]));
  const due = alerts.filter((alert) => Date.parse(alert.raisedAt) >= (since.get(alert.force) ?? Infinity));
  if (due.length === 0) return;
  await tx.query(
    `INSERT INTO webhook_deliveries (delivery_id, alert_id, webhook_id, body)
     SELECT gen_random_uuid(), a.alert_id, w.webhook_id, a.body
       FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::bigint[], $5::text[]) AS a(alert_id, force, raised_at, position, body)
       JOIN webhooks w ON w.force = a.force AND w.deleted_at IS NULL AND w.registered_at <= a.raised_at AND w.inbox_position < a.position
     ON CONFLICT (alert_id, webhook_id) DO NOTHING`,
    [due.map((alert) => alert.alertId), due.map((alert) => alert.force), due.map((alert) => alert.raisedAt), due.map((alert) => alert.position), due.map(webhookBodyOf)],
  );
}
