import type { OrderEvent } from '#domain';
import { deterministicId } from '#platform';
import { alertRecipients } from '../alert-recipients.rule.js';
import type { AlertTrigger } from '../alert.types.js';
import type { Alert } from '../get-alerts/get-alerts.query.js';

/** What the inbox keeps of an order to route its alerts: its type and who owns it now. */
export interface OrderRouting {
  orderType: string;
  owningForce: string;
}

/** An alert as the inbox reads it, and the force whose inbox it is in. */
export type AlertRow = Alert & { force: string };

/** Where in the log an event was recorded. */
export interface Recorded {
  eventId: string;
  recordedAt: string;
  position: number;
}

/**
 * What one order event does to the inbox, given what it holds of the order (nothing before its
 * making): the routing to hold now, and one alert per force that must hear of it. Alert ids derive
 * from the event and the force, so the log replayed can never raise an alert twice.
 */
export function inboxRowsOf(routing: OrderRouting | null, event: OrderEvent, recorded: Recorded): { routing: OrderRouting | null; alerts: AlertRow[] } {
  const now = routingAfter(routing, event);
  const trigger = now && triggerFor(event, now);
  if (!trigger) return { routing: now, alerts: [] };
  const alerts = alertRecipients(trigger).map((recipient) => ({
    alertId: deterministicId(recorded.eventId, recipient.force),
    force: recipient.force,
    kind: recipient.kind,
    orderId: event.data.orderId,
    breachId: trigger.kind === 'breach-recorded' ? trigger.breachId : null,
    raisedAt: recorded.recordedAt,
    reason: recipient.reason,
    why: recipient.why,
    position: recorded.position,
  }));
  return { routing: now, alerts };
}

function routingAfter(routing: OrderRouting | null, event: OrderEvent): OrderRouting | null {
  // A making seen again (a replay) leaves the order routed as it is.
  if (event.type === 'OrderMade' && !routing) return { orderType: event.data.orderType, owningForce: event.data.owningForce };
  if (event.type === 'OwningForceChanged' && routing) return { ...routing, owningForce: event.data.toForce };
  return routing;
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
    case 'OrderExpiringSoon':
      return { kind: 'expiring-soon', orderId, owningForce: order.owningForce, lastDay: event.data.lastDay };
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
