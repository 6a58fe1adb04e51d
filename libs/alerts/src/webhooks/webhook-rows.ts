import type { AlertKind } from '../alert.types.js';
import type { Webhook, WebhookDelivery, DeliveryStatus } from './webhook.types.js';

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

export const WEBHOOK_COLUMNS = `webhook_id::text AS webhook_id, force, url, registered_at`;

export function webhookOf(row: Record<string, unknown>): Webhook {
  return { webhookId: row.webhook_id as string, force: row.force as string, url: row.url as string, registeredAt: iso(row.registered_at) as string };
}

export const DELIVERY_COLUMNS = `d.delivery_id::text AS delivery_id, d.webhook_id::text AS webhook_id, d.alert_id::text AS alert_id, d.status, d.attempts,
       d.created_at, d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.finished_at, d.seq,
       d.body::jsonb ->> 'kind' AS alert_kind, d.body::jsonb ->> 'reason' AS alert_reason, d.body::jsonb ->> 'orderId' AS alert_order_id`;

export function deliveryOf(row: Record<string, unknown>): WebhookDelivery {
  const status = row.status as DeliveryStatus;
  return {
    deliveryId: row.delivery_id as string,
    webhookId: row.webhook_id as string,
    alertId: row.alert_id as string,
    // What the body sent says of the alert, so a delivery can be told apart without opening the inbox.
    alert: { kind: row.alert_kind as AlertKind, reason: row.alert_reason as string, orderId: row.alert_order_id as string },
    status,
    attempts: Number(row.attempts),
    createdAt: iso(row.created_at) as string,
    nextAttemptAt: status === 'pending' ? iso(row.next_attempt_at) : null,
    lastAttemptAt: iso(row.last_attempt_at),
    lastStatus: row.last_status === null || row.last_status === undefined ? null : Number(row.last_status),
    lastError: (row.last_error as string | null) ?? null,
    deliveredAt: status === 'delivered' ? iso(row.finished_at) : null,
    deadAt: status === 'dead' ? iso(row.finished_at) : null,
  };
}
