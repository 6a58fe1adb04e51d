import type { Actor } from '#domain';
import { deterministicId } from '#platform';
import type { RequestContext } from './request-context.js';

/** STOR itself — its clock and its policies — as the actor of the commands it issues. */
export const SYSTEM_ACTOR: Actor = { userId: 'stor-system', role: 'system', name: 'STOR' };

export function systemRequest(commandId: string): RequestContext {
  return { actor: SYSTEM_ACTOR, correlationId: commandId };
}

/**
 * The ids of the commands STOR issues itself: one per order and cause (and day, for the clock), so
 * two clocks ticking at once, or a policy seeing an event again, derive the same ids and append once.
 */
export const systemCommandId = {
  expire: (orderId: string, day: string) => deterministicId('expire', orderId, day),
  notificationOverdue: (orderId: string, day: string) => deterministicId('notification-overdue', orderId, day),
  supersede: (orderId: string, supersededBy: string) => deterministicId('supersede', orderId, supersededBy),
  endInterim: (orderId: string, determinedBy: string) => deterministicId('end-interim', orderId, determinedBy),
};
