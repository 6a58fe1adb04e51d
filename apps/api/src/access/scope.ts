import { ForbiddenException } from '@nestjs/common';
import { type ForceCode, forcesInRegion } from '#forces';
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
