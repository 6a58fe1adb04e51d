import { ForbiddenException } from '@nestjs/common';
import { type ForceCode, forcesInRegion, isForceCode } from '#forces';
import type { Principal } from '#identity';

/**
 * Which forces' records a user may read. Officers and order managers may read any order (an officer
 * at the roadside must see orders from everywhere); a ROCU reads what touches its region; national
 * users read everything. null means no limit.
 */
export function readableForces(principal: Principal): string[] | null {
  if (principal.role === 'rocu') return forcesInRegion(principal.region ?? '');
  return null;
}

export function assertMayReadOrder(principal: Principal, orderForces: string[]): void {
  const readable = readableForces(principal);
  if (readable && !orderForces.some((force) => readable.includes(force))) {
    throw new ForbiddenException('This order touches no force of your region.');
  }
}

/** An order's history (every event, who recorded it): the order managers of the forces it touches, the ROCU of a region it touches, national users. */
export function assertMayReadHistory(principal: Principal, orderForces: string[]): void {
  assertMayReadOrder(principal, orderForces);
  if (principal.role === 'order-manager' && !orderForces.includes(principal.force ?? '')) {
    throw new ForbiddenException("An order's history is open to the order managers of the forces it touches.");
  }
}

/**
 * The forces whose orders a list may show (null: every force): an order manager its own force, a
 * ROCU its region (or one force of it), national users any force or region they ask for.
 */
export function listableForces(principal: Principal, force: string | undefined, region: string | undefined): string[] | null {
  const asked = force ? [force] : region ? forcesInRegion(region) : null;
  switch (principal.role) {
    case 'national':
      return asked;
    case 'rocu': {
      const own = forcesInRegion(principal.region ?? '');
      if (region && region !== principal.region) throw new ForbiddenException('You may list only the orders of your own region.');
      if (force && !(isForceCode(force) && own.includes(force))) throw new ForbiddenException(`${force} is not a force of your region.`);
      return asked ?? own;
    }
    default:
      if ((force && force !== principal.force) || (region && region !== principal.region)) {
        throw new ForbiddenException('You may list only the orders of your own force.');
      }
      return [principal.force as string];
  }
}

/** A force's inbox: its own users, its region's ROCU, national users. */
export function assertMayReadInbox(principal: Principal, force: ForceCode): void {
  if (principal.role === 'national') return;
  if (principal.role === 'rocu' && forcesInRegion(principal.region ?? '').includes(force)) return;
  if ((principal.role === 'officer' || principal.role === 'order-manager') && principal.force === force) return;
  throw new ForbiddenException(`You may not read the alerts of ${force}.`);
}

/** Acknowledging a force's alert: only that force's own officers and order managers. */
export function mayAcknowledgeAlerts(principal: Principal, force: string): boolean {
  return (principal.role === 'officer' || principal.role === 'order-manager') && principal.force === force;
}

export function assertMayAcknowledgeAlerts(principal: Principal, force: string): void {
  if (!mayAcknowledgeAlerts(principal, force)) throw new ForbiddenException(`Only officers and order managers of ${force} may acknowledge its alerts.`);
}

/** A force's webhooks and their deliveries: its order managers, and national users. */
export function mayManageWebhooks(principal: Principal, force: string): boolean {
  return principal.role === 'national' || (principal.role === 'order-manager' && principal.force === force);
}

export function assertMayManageWebhooks(principal: Principal, force: ForceCode): void {
  if (!mayManageWebhooks(principal, force)) throw new ForbiddenException(`Only order managers of ${force} and national users may manage its webhooks.`);
}

/**
 * Scope beyond the role, in words, for the OpenAPI document's description of each route (the roles
 * themselves come from each route's @Allow). Enforced by the functions above, the list and history
 * readers, and for commands the domain; test/role-matrix.e2e.spec.ts holds the app to it.
 */
export const ROUTE_SCOPES: Record<string, string> = {
  'GET /api/orders/{orderId}':
    'Any officer, order manager or national user may read any order (it is how a check is followed up); a ROCU only orders touching a force of its region. Every read is audited.',
  'GET /api/orders/{orderId}/history': 'Order managers of a force the order touches, the ROCU of a region it touches, national users.',
  'GET /api/orders': 'Scoped: an order manager lists its own force, a ROCU its region (force and region must be its own), national users any.',
  'GET /api/subjects/check': 'Every check is audited with what was asked and how many answers; limited per user and per address (429 with Retry-After).',
  'GET /api/forces/{code}/alerts': "That force's officers and order managers, its region's ROCU, national users.",
  'GET /api/forces/{code}/alerts/stream': "That force's officers and order managers, its region's ROCU, national users.",
  'POST /api/forces/{code}/alerts/{alertId}/acknowledge': "Only that force's officers and order managers.",
  'GET /api/stats': "A ROCU's figures are its own region's.",
  'GET /api/stats/breaches': "A ROCU's figures are its own region's.",
  'POST /api/forces/{code}/webhooks': "That force's order managers, national users.",
  'GET /api/forces/{code}/webhooks': "That force's order managers, national users.",
  'DELETE /api/forces/{code}/webhooks/{webhookId}': "That force's order managers, national users.",
  'GET /api/forces/{code}/webhooks/{webhookId}/deliveries': "That force's order managers, national users.",
  'POST /api/forces/{code}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver': "That force's order managers, national users.",
  'POST /api/orders': 'Only an order manager of the order’s owningForce.',
  'POST /api/subjects/{subjectId}/erasure': 'National users only, where the law requires a subject\'s data to be erased; audited.',
  'POST /api/subjects/{subjectId}/corrections': 'An order manager of a force with an order on that subject.',
};

/** Every change to an existing order: the owning force's order managers (a breach: the force where it happened), decided by the domain. */
export const ORDER_CHANGE_SCOPE = "An order manager of the order's owning force (a breach may be recorded by the force where it happened, against any order).";
