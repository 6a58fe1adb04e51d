import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { AppealLodged } from '../events.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { requireNewAppealId, requireNoAppealPending } from '../rules/appeal-rules.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireOrderInForce } from '../rules/order-in-force.js';
import type { OrderState } from '../state.js';

/**
 * An appeal against the order (R27: s22 — Crown Court or Court of Appeal; R28: s29 — Crown
 * Court). The order stays in force while it is pending (R30).
 */
export interface LodgeAppeal {
  type: 'LodgeAppeal';
  orderId: OrderId;
  appealId: string;
  court: string;
  lodgedOn: IsoDate;
}

export function lodgeAppeal(command: LodgeAppeal, state: OrderState, { actor, today }: DecisionContext): [AppealLodged] {
  requireOrderManager(actor, 'record an appeal');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'record an appeal against an order owned by that force');
  requireOrderInForce(state, 'appealed');

  requireNotInFuture(command.lodgedOn, today, 'lodgedOn', 'appeal');
  requireNotBeforeOrderMade(command.lodgedOn, state.madeOn, 'lodgedOn', 'appeal');
  if (command.court.trim() === '') {
    throw new RuleViolation('appeal-court-missing', 'Name the court the appeal was lodged with (s22, s29).', 'court');
  }
  requireNewAppealId(state, command.appealId);
  requireNoAppealPending(state);

  return [{ type: 'AppealLodged', data: { orderId: state.orderId, appealId: command.appealId, court: command.court, lodgedOn: command.lodgedOn } }];
}
