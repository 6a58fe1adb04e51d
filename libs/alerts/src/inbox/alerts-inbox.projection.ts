import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ORDER_STREAM_PREFIX, type OrderEvent, upcast } from '#domain';
import type { Projection, RecordedEvent } from '#event-store';
import { deterministicId } from '#platform';
import { alertRecipients } from '../alert-recipients.rule.js';
import type { AlertTrigger } from '../alert.types.js';

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

  async apply(recorded: RecordedEvent, tx: EntityManager): Promise<void> {
    if (!recorded.streamId.startsWith(ORDER_STREAM_PREFIX)) return;
    const event = upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion);
    const routing = await this.routing(event, tx);
    if (!routing) return;
    const trigger = triggerFor(event, routing);
    if (!trigger) return;
    for (const recipient of alertRecipients(trigger)) {
      await tx.query(
        `INSERT INTO alerts (alert_id, force, kind, order_id, breach_id, raised_at, reason, why, position)
         VALUES ($1::uuid, $2, $3, $4::uuid, $5, $6::timestamptz, $7, $8, $9)
         ON CONFLICT (alert_id) DO NOTHING`,
        [
          deterministicId(recorded.eventId, recipient.force),
          recipient.force,
          recipient.kind,
          event.data.orderId,
          trigger.kind === 'breach-recorded' ? trigger.breachId : null,
          recorded.metadata.recordedAt,
          recipient.reason,
          recipient.why,
          recorded.position,
        ],
      );
    }
  }

  private async routing(event: OrderEvent, tx: EntityManager): Promise<OrderRouting | null> {
    if (event.type === 'OrderMade') {
      await tx.query(
        `INSERT INTO alert_orders (order_id, order_type, owning_force) VALUES ($1::uuid, $2, $3)
         ON CONFLICT (order_id) DO NOTHING`,
        [event.data.orderId, event.data.orderType, event.data.owningForce],
      );
      return { orderType: event.data.orderType, owningForce: event.data.owningForce };
    }
    const [row]: { order_type: string; owning_force: string }[] = await tx.query(
      `SELECT order_type, owning_force FROM alert_orders WHERE order_id = $1::uuid`,
      [event.data.orderId],
    );
    if (row && event.type === 'OwningForceChanged') {
      await tx.query(`UPDATE alert_orders SET owning_force = $2 WHERE order_id = $1::uuid`, [event.data.orderId, event.data.toForce]);
      return { orderType: row.order_type, owningForce: event.data.toForce };
    }
    return row ? { orderType: row.order_type, owningForce: row.owning_force } : null;
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
