import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderSuperseded } from '../events.js';
import { legalConfigOf } from '../legal-config.js';
import { orderTypeLabel, type OrderType } from '../order-type.js';
import { requireClock } from '../permissions.js';
import { requireNotBeforeLastVariation, requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireOrderInForce, requireOrderInForceOn } from '../rules/order-in-force.js';
import { supersedes } from '../rules/r13-supersession.js';
import { requireOtherOrder } from '../rules/system-issued.js';
import type { OrderState } from '../state.js';

/**
 * R13 (s17(6), s24(6)): a new order of the same kind against the same subject ends this one from
 * `supersededOn`. Issued by the register itself (actor role 'system'): the application layer finds
 * the earlier order when the new one is made, using `supersedes`.
 */
export interface SupersedeOrder {
  type: 'SupersedeOrder';
  orderId: OrderId;
  supersededBy: OrderId;
  supersededOn: IsoDate;
  /** The new order's type; when given, R13 (`supersedes`) is checked here too. */
  byOrderType?: OrderType;
}

export function supersedeOrder(command: SupersedeOrder, state: OrderState, context: DecisionContext): [OrderSuperseded] {
  requireClock(context.actor, 'that a later order superseded an order');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderInForce(state, 'superseded');

  const { supersededBy, supersededOn } = command;
  requireOtherOrder(supersededBy, state.orderId, 'supersededBy', 'superseded it');
  if (command.byOrderType !== undefined && !supersedes(command.byOrderType, state.orderType, legalConfigOf(context))) {
    throw new RuleViolation(
      'R13',
      `A new ${orderTypeLabel(command.byOrderType)} does not end an earlier ${orderTypeLabel(state.orderType)} (s17(6), s24(6)).`,
      'byOrderType',
    );
  }
  requireNotInFuture(supersededOn, context.today, 'supersededOn', 'supersession');
  requireNotBeforeOrderMade(supersededOn, state.madeOn, 'supersededOn', 'supersession');
  requireNotBeforeLastVariation(supersededOn, state.lastVariedOn, 'supersededOn', 'supersession');
  requireOrderInForceOn(state, supersededOn, 'superseded', 'supersededOn');

  return [{ type: 'OrderSuperseded', data: { orderId: state.orderId, supersededBy, supersededOn } }];
}
