import type { Actor, EndInterimOrder, ExpireProhibitions, IsoDate, MarkNotificationOverdue, SupersedeOrder, OrderId, WarnOfExpiry } from '#domain';
import { deterministicId } from '#platform';
import { HandleOrderCommand } from './handle-order-command.js';
import type { RequestContext } from './request-context.js';

/** STOR itself — its clock and its policies — as the actor of the commands it issues. */
export const SYSTEM_ACTOR: Actor = { userId: 'stor-system', role: 'system', name: 'STOR' };

function systemRequest(commandId: string): RequestContext {
  return { actor: SYSTEM_ACTOR, correlationId: commandId };
}

/** A command STOR issues itself, and its id. */
export interface SystemCommand {
  command: ExpireProhibitions | MarkNotificationOverdue | WarnOfExpiry | SupersedeOrder | EndInterimOrder;
  commandId: string;
}

/**
 * The commands STOR issues itself — its clock and its policies; the projector sends them and a
 * national seed decides them the same way. Each id derives from the order and the cause (and the
 * day, for the clock), so two clocks ticking at once, or a policy seeing an event again, derive the
 * same ids and append once.
 */
export const systemCommands = {
  expireProhibitions: (orderId: OrderId, today: IsoDate): SystemCommand => ({
    command: { type: 'ExpireProhibitions', orderId, today },
    commandId: deterministicId('expire', orderId, today),
  }),
  markNotificationOverdue: (orderId: OrderId, today: IsoDate): SystemCommand => ({
    command: { type: 'MarkNotificationOverdue', orderId, today },
    commandId: deterministicId('notification-overdue', orderId, today),
  }),
  /**
   * `lastDay`: the last day the register has still to warn of. It is not the decider's input (the
   * decider reads the order itself) but the cause: a last day moved and warned of again the same
   * day is a different command.
   */
  warnOfExpiry: (orderId: OrderId, today: IsoDate, warningDays: number, lastDay: IsoDate): SystemCommand => ({
    command: { type: 'WarnOfExpiry', orderId, today, warningDays },
    commandId: deterministicId('expiry-warning', orderId, lastDay, today, String(warningDays)),
  }),
  supersedeOrder: (orderId: OrderId, supersededBy: OrderId, supersededOn: IsoDate): SystemCommand => ({
    command: { type: 'SupersedeOrder', orderId, supersededBy, supersededOn },
    commandId: deterministicId('supersede', orderId, supersededBy),
  }),
  endInterimOrder: (orderId: OrderId, determinedBy: OrderId, endedOn: IsoDate): SystemCommand => ({
    command: { type: 'EndInterimOrder', orderId, determinedBy, endedOn },
    commandId: deterministicId('end-interim', orderId, determinedBy),
  }),
};

/** A command STOR issues itself, on the command bus as STOR's own request. */
export function issuedBySystem({ command, commandId }: SystemCommand): HandleOrderCommand {
  return new HandleOrderCommand(command, systemRequest(commandId), commandId);
}
