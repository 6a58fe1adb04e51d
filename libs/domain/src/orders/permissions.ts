import type { Actor } from '../actors/actor.js';
import { NotPermitted } from '../errors/domain-error.js';

/** API.md roles: an order manager changes only what their own force owns or where the breach happened. */
export function requireOrderManagerOf(actor: Actor, force: string, doing: string): void {
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

/** Expiry is a fact the clock records; no person issues it. */
export function requireClock(actor: Actor): void {
  if (actor.role !== 'system') {
    throw new NotPermitted('Only the register clock records that prohibitions have expired.');
  }
}
