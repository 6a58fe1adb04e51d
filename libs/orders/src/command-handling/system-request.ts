import type { Actor, OrderCommand } from '#domain';
import { deterministicId } from '#platform';
import { HandleOrderCommand } from './handle-order-command.js';
import type { RequestContext } from './request-context.js';

/** STOR itself — its clock and its policies — as the actor of the commands it issues. */
export const SYSTEM_ACTOR: Actor = { userId: 'stor-system', role: 'system', name: 'STOR' };

function systemRequest(commandId: string): RequestContext {
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

/** A command STOR issues itself (the clock, a policy), with the id its cause gives it. */
export function issuedBySystem(command: OrderCommand, commandId: string): HandleOrderCommand {
  return new HandleOrderCommand(command, systemRequest(commandId), commandId);
}
