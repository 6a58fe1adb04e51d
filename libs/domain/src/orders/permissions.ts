import type { ForceCode } from '#forces';
import type { Actor } from '../actors/actor.js';
import { NotPermitted } from '../errors/domain-error.js';

/** API.md roles: an order manager changes only what their own force owns or where the breach happened. */
export function requireOrderManagerOf(actor: Actor, force: ForceCode, doing: string): void {
  if (actor.role !== 'order-manager') {
    throw new NotPermitted(`Only an order manager may ${doing}; a ${actor.role} may not.`);
  }
  if (actor.force !== force) {
    throw new NotPermitted(`Only an order manager of ${force} may ${doing}; you are an order manager of ${actor.force ?? 'no force'}.`);
  }
}

export function requireOrderManager(actor: Actor, doing: string): void {
  if (actor.role !== 'order-manager') {
    throw new NotPermitted(`Only an order manager may ${doing}; a ${actor.role} may not.`);
  }
}

/**
 * Facts that follow from the calendar or from another order (expiry, an overdue notification,
 * supersession, the end of an interim order) are recorded by the register itself; no person issues them.
 */
export function requireClock(actor: Actor, recording = 'that prohibitions have expired'): void {
  if (actor.role !== 'system') {
    throw new NotPermitted(`Only the register itself records ${recording}.`);
  }
}
