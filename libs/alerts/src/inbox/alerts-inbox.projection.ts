import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ORDER_STREAM_PREFIX, type OrderEvent, upcast } from '#domain';
import type { Projection, RecordedEvent } from '#event-store';
import { deterministicId } from '#platform';
import { alertRecipients } from '../alert-recipients.rule.js';
import type { AlertTrigger } from '../alert.types.js';
import type { Alert } from '../get-alerts/get-alerts.query.js';

interface OrderRouting {
  orderType: string;
  owningForce: string;
}

/**
 * Each force's inbox. The rule of who hears about what is pure (`alertRecipients`); this only
 * turns events into triggers and stores one alert per recipient. Alert ids derive from the event
 * and the force, so replaying the log can never raise the same alert twice.
 */
@Injectable()
export class AlertsInboxProjection implements Projection {
  readonly name = 'alerts-inbox';
  readonly tables = ['alerts', 'alert_orders'] as const;

  apply(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
    return this.applyBatch([recorded], tx);
  }

  /** A batch at a time: the orders' routing read once, alerts and routing changes written in one statement each. */
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
    const alerts = new AlertRows();
    for (const recorded of orderEvents) {
      const event = upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion);
      const { orderId } = event.data;
      if (event.type === 'OrderMade' && !routing.has(orderId)) {
        routing.set(orderId, { orderType: event.data.orderType, owningForce: event.data.owningForce });
        routed.set(orderId, routing.get(orderId) as OrderRouting);
      }
      const order = routing.get(orderId);
      if (!order) continue;
      if (event.type === 'OwningForceChanged') {
        order.owningForce = event.data.toForce;
        routed.set(orderId, order);
      }
      const trigger = triggerFor(event, order);
      if (!trigger) continue;
      for (const recipient of alertRecipients(trigger)) {
        alerts.add({
          alertId: deterministicId(recorded.eventId, recipient.force),
          force: recipient.force,
          kind: recipient.kind,
          orderId,
          breachId: trigger.kind === 'breach-recorded' ? trigger.breachId : null,
          raisedAt: recorded.metadata.recordedAt,
          reason: recipient.reason,
          why: recipient.why,
          position: recorded.position,
        });
      }
    }
    if (routed.size > 0) {
      await tx.query(
        `INSERT INTO alert_orders (order_id, order_type, owning_force)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])
         ON CONFLICT (order_id) DO UPDATE SET owning_force = EXCLUDED.owning_force`,
        [[...routed.keys()], [...routed.values()].map((order) => order.orderType), [...routed.values()].map((order) => order.owningForce)],
      );
    }
    if (alerts.isEmpty) return;
    // Column arrays, not a JSON document of rows: a national seed raises ~1.8 million alerts.
    await tx.query(
      `INSERT INTO alerts (alert_id, force, kind, order_id, breach_id, raised_at, reason, why, position)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::bigint[])
       ON CONFLICT (position, force) DO NOTHING`,
      alerts.columns(),
    );
  }

  private async routingOf(orderIds: string[], tx: EntityManager): Promise<Map<string, OrderRouting>> {
    if (orderIds.length === 0) return new Map();
    const rows: { order_id: string; order_type: string; owning_force: string }[] = await tx.query(
      `SELECT order_id::text AS order_id, order_type, owning_force FROM alert_orders WHERE order_id = ANY($1::uuid[])`,
      [orderIds],
    );
    return new Map(rows.map((row) => [row.order_id, { orderType: row.order_type, owningForce: row.owning_force }]));
  }
}

/** An alert as the inbox reads it, and the force whose inbox it is in. */
type AlertRow = Alert & { force: string };

/** The insert's columns, in its order. */
const ALERT_COLUMNS = ['alertId', 'force', 'kind', 'orderId', 'breachId', 'raisedAt', 'reason', 'why', 'position'] as const satisfies readonly (keyof AlertRow)[];

/** The alerts of a batch, kept column by column. */
class AlertRows {
  private readonly byColumn = ALERT_COLUMNS.map((): unknown[] => []);

  get isEmpty(): boolean {
    return (this.byColumn[0] as unknown[]).length === 0;
  }

  add(row: AlertRow): void {
    ALERT_COLUMNS.forEach((column, index) => (this.byColumn[index] as unknown[]).push(row[column]));
  }

  columns(): unknown[][] {
    return this.byColumn;
  }
}

function triggerFor(event: OrderEvent, order: OrderRouting): AlertTrigger | null {
  const { orderId } = event.data;
  switch (event.type) {
    case 'OrderMade':
      return { kind: 'order-made', orderId, orderType: order.orderType, owningForce: order.owningForce };
    case 'OrderVaried':
    case 'OrderRenewed':
      return { kind: 'order-varied', orderId, owningForce: order.owningForce };
    case 'AppealDetermined':
      if (event.data.outcome === 'quashed') return { kind: 'order-ended', orderId, owningForce: order.owningForce, how: 'quashed' };
      return event.data.outcome === 'varied' ? { kind: 'order-varied', orderId, owningForce: order.owningForce } : null;
    case 'OrderSuperseded':
      return { kind: 'order-ended', orderId, owningForce: order.owningForce, how: 'superseded' };
    case 'MainApplicationDetermined':
      return { kind: 'order-ended', orderId, owningForce: order.owningForce, how: 'interim-ended' };
    case 'OwningForceChanged':
      return { kind: 'order-transferred', orderId, owningForce: order.owningForce, fromForce: event.data.fromForce };
    case 'NotificationReceived':
      // Only an address in a different area moves anyone; a repeat of the same area is routine.
      if (event.data.address.force === event.data.previousAddressForce) return null;
      return { kind: 'subject-moved', orderId, owningForce: order.owningForce, toForce: event.data.address.force, fromForce: event.data.previousAddressForce };
    case 'NotificationOverdue':
      return { kind: 'notification-overdue', orderId, owningForce: order.owningForce, dueBy: event.data.dueBy };
    case 'OrderDischarged':
      return { kind: 'order-ended', orderId, owningForce: order.owningForce, how: 'discharged' };
    case 'OrderExpired':
      return { kind: 'order-ended', orderId, owningForce: order.owningForce, how: 'expired' };
    case 'BreachRecorded':
      return {
        kind: 'breach-recorded',
        orderId,
        owningForce: order.owningForce,
        locationForce: event.data.locationForce,
        breachId: event.data.breachId,
      };
    case 'ProhibitionExpired':
    case 'AppealLodged':
    case 'PassportsSurrendered':
    case 'PassportsReturned':
    case 'BreachOutcomeRecorded':
    case 'RecordCorrected':
      return null;
  }
}
