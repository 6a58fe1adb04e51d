import type { OrderEvent, ProhibitionTerms } from '#domain';
import { deterministicId } from '#platform';
import { alertRecipients } from '../alert-recipients.rule.js';
import type { AlertTrigger } from '../alert.types.js';
import type { Alert } from '../get-alerts/get-alerts.query.js';

/**
 * What the inbox keeps of an order to route its alerts: its type, who owns it now, whose order it
 * is, where the subject lives as last known, and every force alerted about it so far (sorted), who
 * hear of what becomes of it.
 */
export interface OrderRouting {
  orderType: string;
  owningForce: string;
  /** null only for an order routed before the inbox kept it and not found in the log since. */
  subjectId: string | null;
  /** The force area of the subject's address: given at the making, then each notified. */
  addressForce: string | null;
  alerted: readonly string[];
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
 * from the event and the force, so the log replayed can never raise an alert twice. The routing
 * returned is the one given when nothing about it changed.
 */
export function inboxRowsOf(routing: OrderRouting | null, event: OrderEvent, recorded: Recorded): { routing: OrderRouting | null; alerts: AlertRow[] } {
  const now = routingAfter(routing, event);
  const trigger = now && triggerFor(event, now);
  if (!now || !trigger) return { routing: now, alerts: [] };
  const alerts = alertRecipients(trigger).map(
    (recipient): AlertRow => ({
      alertId: deterministicId(recorded.eventId, recipient.force),
      force: recipient.force,
      kind: recipient.kind,
      orderId: event.data.orderId,
      subjectId: now.subjectId,
      breachId: trigger.kind === 'breach-recorded' ? trigger.breachId : null,
      eventId: recorded.eventId,
      eventType: event.type,
      raisedAt: recorded.recordedAt,
      reason: recipient.reason,
      why: recipient.why,
      position: recorded.position,
    }),
  );
  return { routing: withAlerted(now, alerts), alerts };
}

function routingAfter(routing: OrderRouting | null, event: OrderEvent): OrderRouting | null {
  switch (event.type) {
    case 'OrderMade':
      // A making seen again (a replay) leaves the order routed as it is.
      if (routing) return routing;
      return {
        orderType: event.data.orderType,
        owningForce: event.data.owningForce,
        subjectId: event.data.subject.subjectId,
        addressForce: event.data.subjectAddress?.force ?? null,
        alerted: [],
      };
    case 'OwningForceChanged':
      return routing && { ...routing, owningForce: event.data.toForce };
    case 'NotificationReceived':
      return routing && routing.addressForce !== event.data.address.force ? { ...routing, addressForce: event.data.address.force } : routing;
    default:
      return routing;
  }
}

/** The routing with this event's recipients among the forces alerted; the same object if none is new. */
function withAlerted(routing: OrderRouting, alerts: readonly AlertRow[]): OrderRouting {
  const fresh = alerts.map((alert) => alert.force).filter((force) => !routing.alerted.includes(force));
  return fresh.length === 0 ? routing : { ...routing, alerted: [...routing.alerted, ...fresh].sort() };
}

function triggerFor(event: OrderEvent, order: OrderRouting): AlertTrigger | null {
  const { orderId } = event.data;
  const { owningForce, alerted: alertedBefore } = order;
  switch (event.type) {
    case 'OrderMade':
      return { kind: 'order-made', orderId, orderType: order.orderType, owningForce, addressForce: order.addressForce, travelBan: bansTravel(event.data.prohibitions) };
    case 'OrderVaried':
      return { kind: 'order-varied', orderId, owningForce, how: 'varied', travelBan: bansTravel(event.data.addedProhibitions), alertedBefore };
    case 'OrderRenewed':
      return { kind: 'order-varied', orderId, owningForce, how: 'renewed', travelBan: false, alertedBefore };
    case 'AppealDetermined':
      if (event.data.outcome === 'quashed') return { kind: 'order-ended', orderId, owningForce, how: 'quashed', alertedBefore };
      if (event.data.outcome !== 'varied') return null;
      return { kind: 'order-varied', orderId, owningForce, how: 'varied-on-appeal', travelBan: bansTravel(event.data.variation?.addedProhibitions ?? []), alertedBefore };
    case 'OrderSuperseded':
      return { kind: 'order-ended', orderId, owningForce, how: 'superseded', alertedBefore };
    case 'MainApplicationDetermined':
      return { kind: 'order-ended', orderId, owningForce, how: 'interim-ended', alertedBefore };
    case 'OwningForceChanged':
      return { kind: 'order-transferred', orderId, owningForce, fromForce: event.data.fromForce, alertedBefore };
    case 'NotificationReceived':
      // Only an address in a different area moves anyone; a repeat of the same area is routine.
      if (event.data.address.force === event.data.previousAddressForce) return null;
      return { kind: 'subject-moved', orderId, orderType: order.orderType, owningForce, toForce: event.data.address.force, fromForce: event.data.previousAddressForce };
    case 'NotificationOverdue':
      return { kind: 'notification-overdue', orderId, owningForce, dueBy: event.data.dueBy };
    case 'OrderExpiringSoon':
      return { kind: 'expiring-soon', orderId, owningForce, lastDay: event.data.lastDay };
    case 'OrderDischarged':
      return { kind: 'order-ended', orderId, owningForce, how: 'discharged', alertedBefore };
    case 'OrderExpired':
      return { kind: 'order-ended', orderId, owningForce, how: 'expired', alertedBefore };
    case 'BreachRecorded':
      return { kind: 'breach-recorded', orderId, owningForce, locationForce: event.data.locationForce, breachId: event.data.breachId };
    case 'ProhibitionExpired':
    case 'AppealLodged':
    case 'PassportsSurrendered':
    case 'PassportsReturned':
    case 'BreachOutcomeRecorded':
    case 'RecordCorrected':
      return null;
  }
}

function bansTravel(prohibitions: readonly ProhibitionTerms[]): boolean {
  return prohibitions.some((prohibition) => Boolean(prohibition.foreignTravel));
}
