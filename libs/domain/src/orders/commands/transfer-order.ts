import type { OrderId } from '../order-id.js';
import type { ForceCode } from '#forces';
import { compareDates, latestOf, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OwningForceChanged } from '../events.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireOrderInForce } from '../rules/order-in-force.js';
import type { OrderState } from '../state.js';

/**
 * R39: management of the order moves to another force (usually where the subject now lives). The
 * previous owner keeps read access. Whether `toForce` is a force code is checked at the edge.
 */
export interface TransferOrder {
  type: 'TransferOrder';
  orderId: OrderId;
  toForce: ForceCode;
  transferredOn: IsoDate;
}

export function transferOrder(command: TransferOrder, state: OrderState, { actor, today }: DecisionContext): [OwningForceChanged] {
  requireOrderManager(actor, 'transfer an order');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'transfer an order owned by that force');
  requireOrderInForce(state, 'transferred');

  const { toForce, transferredOn } = command;
  if (toForce === state.owningForce) {
    throw new RuleViolation('transfer-to-same-force', `Order ${state.orderId} is already owned by ${toForce}.`, 'toForce');
  }
  requireNotInFuture(transferredOn, today, 'transferredOn', 'transfer');
  requireNotBeforeOrderMade(transferredOn, state.madeOn, 'transferredOn', 'transfer');
  const lastTransfer = latestOf(state.transfers.map((t) => t.transferredOn));
  if (lastTransfer !== null && compareDates(transferredOn, lastTransfer) < 0) {
    throw new RuleViolation(
      'date-before-last-transfer',
      `The transfer date ${transferredOn} is before the order's last transfer on ${lastTransfer}; enter transfers in date order.`,
      'transferredOn',
    );
  }

  return [{ type: 'OwningForceChanged', data: { orderId: state.orderId, fromForce: state.owningForce, toForce, transferredOn } }];
}
