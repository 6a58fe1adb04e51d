import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ORDER_STREAM_PREFIX, upcast } from '#domain';
import type { Projection, RecordedEvent } from '#event-store';
import { notificationOf, RAISED_ALERTS_CHANNEL } from '../raised-alerts/raised-alerts.channel.js';
import { type AlertRow, inboxRowsOf, type OrderRouting } from './alert-rows.js';
import { writeWebhookDeliveries } from '../webhooks/outbox/webhook-outbox.writer.js';

/**
 * Each force's inbox: `inboxRowsOf` says what each event raises; this reads the routing of a
 * batch's orders, folds the batch, and writes alerts and routing changes in one statement each.
 */
@Injectable()
export class AlertsInboxProjection implements Projection {
  readonly name = 'alerts-inbox';
  readonly tables = ['alerts', 'alert_orders'] as const;

  apply(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
    return this.applyBatch([recorded], tx);
  }

  async applyBatch(batch: readonly RecordedEvent[], tx: EntityManager): Promise<void> {
    const orderEvents = batch.filter((recorded) => recorded.streamId.startsWith(ORDER_STREAM_PREFIX));
    if (orderEvents.length === 0) return;
    // An order whose first event here is its making is routed from it; only the others are read.
    const firstTypes = new Map<string, string>();
    for (const recorded of orderEvents) {
      const orderId = recorded.streamId.slice(ORDER_STREAM_PREFIX.length);
      if (!firstTypes.has(orderId)) firstTypes.set(orderId, recorded.type);
    }
    const routing = await this.routingOf([...firstTypes].filter(([, type]) => type !== 'OrderMade').map(([orderId]) => orderId), tx);
    const routed = new Map<string, OrderRouting>();
    const alerts: AlertRow[] = [];
    for (const recorded of orderEvents) {
      const event = upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion);
      const { orderId } = event.data;
      const held = routing.get(orderId) ?? null;
      const after = inboxRowsOf(held, event, { eventId: recorded.eventId, recordedAt: recorded.metadata.recordedAt, position: recorded.position });
      if (after.routing && after.routing !== held) {
        routing.set(orderId, after.routing);
        routed.set(orderId, after.routing);
      }
      alerts.push(...after.alerts);
    }
    await this.writeRouting(routed, tx);
    await this.writeAlerts(alerts, tx);
  }

  private async routingOf(orderIds: string[], tx: EntityManager): Promise<Map<string, OrderRouting>> {
    if (orderIds.length === 0) return new Map();
    const rows: { order_id: string; order_type: string; owning_force: string; subject_id: string | null; address_force: string | null; alerted: string[] }[] =
      await tx.query(
        `SELECT order_id::text AS order_id, order_type, owning_force, subject_id::text AS subject_id, address_force, alerted
           FROM alert_orders WHERE order_id = ANY($1::uuid[])`,
        [orderIds],
      );
    return new Map(
      rows.map((row) => [
        row.order_id,
        { orderType: row.order_type, owningForce: row.owning_force, subjectId: row.subject_id, addressForce: row.address_force, alerted: row.alerted },
      ]),
    );
  }

  private async writeRouting(routed: ReadonlyMap<string, OrderRouting>, tx: EntityManager): Promise<void> {
    if (routed.size === 0) return;
    const orders = [...routed.values()];
    // The forces alerted go as one comma-joined text a row (force codes hold no commas): unnest cannot take a ragged array.
    await tx.query(
      `INSERT INTO alert_orders (order_id, order_type, owning_force, subject_id, address_force, alerted)
       SELECT order_id, order_type, owning_force, subject_id, address_force, string_to_array(alerted, ',')
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[]) AS r(order_id, order_type, owning_force, subject_id, address_force, alerted)
       ON CONFLICT (order_id) DO UPDATE SET owning_force = EXCLUDED.owning_force, address_force = EXCLUDED.address_force, alerted = EXCLUDED.alerted,
                                            subject_id = COALESCE(EXCLUDED.subject_id, alert_orders.subject_id)`,
      [
        [...routed.keys()],
        orders.map((order) => order.orderType),
        orders.map((order) => order.owningForce),
        orders.map((order) => order.subjectId),
        orders.map((order) => order.addressForce),
        orders.map((order) => order.alerted.join(',')),
      ],
    );
  }

  private async writeAlerts(alerts: readonly AlertRow[], tx: EntityManager): Promise<void> {
    if (alerts.length === 0) return;
    // Column arrays, not a JSON document of rows: a national seed raises ~1.8 million alerts.
    await tx.query(
      `INSERT INTO alerts (alert_id, force, kind, order_id, subject_id, breach_id, event_id, event_type, raised_at, reason, why, position)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::uuid[], $8::text[], $9::timestamptz[], $10::text[], $11::text[], $12::bigint[])
       ON CONFLICT (position, force) DO NOTHING`,
      ALERT_COLUMNS.map((column) => alerts.map((alert) => alert[column])),
    );
    // The webhook outbox, in this same transaction: a delivery exists if and only if its alert does.
    await writeWebhookDeliveries(alerts, tx);
    // Heard by every listening instance (live streams, the webhook worker) when, and only if, this transaction commits.
    await tx.query(`SELECT pg_notify('${RAISED_ALERTS_CHANNEL}', $1)`, [notificationOf(alerts.map((alert) => alert.force))]);
  }
}

/** The insert's columns, in its order. */
const ALERT_COLUMNS = [
  'alertId',
  'force',
  'kind',
  'orderId',
  'subjectId',
  'breachId',
  'eventId',
  'eventType',
  'raisedAt',
  'reason',
  'why',
  'position',
] as const satisfies readonly (keyof AlertRow)[];
