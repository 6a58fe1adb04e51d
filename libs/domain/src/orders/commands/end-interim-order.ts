import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { MainApplicationDetermined } from '../events.js';
import { isInterimOrderType, orderTypeLabel } from '../order-type.js';
import { requireClock } from '../permissions.js';
import { requireNotBeforeLastVariation, requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireOrderInForce, requireOrderInForceOn } from '../rules/order-in-force.js';
import { requireOtherOrder } from '../rules/system-issued.js';
import type { OrderState } from '../state.js';

/**
 * R26 (s21(5)(b), s28(5)(b)): an interim order ceases when the main application is determined.
 * Issued by the register itself (actor role 'system') when the full order naming this one as its
 * `interimOrderId` is made.
 */
export interface EndInterimOrder {
  type: 'EndInterimOrder';
  orderId: OrderId;
  /** The full order that determined the main application. */
  determinedBy: OrderId;
  endedOn: IsoDate;
}

export function endInterimOrder(command: EndInterimOrder, state: OrderState, context: DecisionContext): [MainApplicationDetermined] {
  requireClock(context.actor, 'that an interim order ended with its main application');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  if (!isInterimOrderType(state.orderType)) {
    throw new RuleViolation('R26', `Order ${state.orderId} is an ${orderTypeLabel(state.orderType)}, not an interim order; only interim orders end when a main application is determined (s21, s28).`);
  }
  requireOrderInForce(state, 'ended');

  const { determinedBy, endedOn } = command;
  requireOtherOrder(determinedBy, state.orderId, 'determinedBy', 'determined its main application');
  requireNotInFuture(endedOn, context.today, 'endedOn', 'end');
  requireNotBeforeOrderMade(endedOn, state.madeOn, 'endedOn', 'end');
  requireNotBeforeLastVariation(endedOn, state.lastVariedOn, 'endedOn', 'end');
  requireOrderInForceOn(state, endedOn, 'ended', 'endedOn');

  return [{ type: 'MainApplicationDetermined', data: { orderId: state.orderId, determinedBy, endedOn } }];
}
