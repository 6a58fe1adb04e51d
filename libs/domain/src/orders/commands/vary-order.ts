import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderVaried } from '../events.js';
import { requireOrderManagerOf, requireOrderManager } from '../permissions.js';
import { copyTerms, type ProhibitionTerms } from '../prohibition-terms.js';
import { prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import { requireNotBeforeLastVariation, requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireOrderInForce, requireOrderInForceOn } from '../rules/order-in-force.js';
import { checkProhibitionDuration } from '../rules/prohibition-duration.js';
import { r8ProhibitionWorded } from '../rules/r8-prohibitions-required.js';
import { requireUniqueProhibitionIds } from '../rules/unique-ids.js';
import type { OrderInForce, OrderState } from '../state.js';

/** A court's variation (s20, s27): prohibitions added from `variedOn`, others removed on it. */
export interface VaryOrder {
  type: 'VaryOrder';
  orderId: string;
  court: string;
  variedOn: IsoDate;
  addProhibitions: ProhibitionTerms[];
  removeProhibitionIds: string[];
}

function requireSomeChange(command: VaryOrder): void {
  if (command.addProhibitions.length === 0 && command.removeProhibitionIds.length === 0) {
    throw new RuleViolation('variation-changes-nothing', 'A variation must add or remove at least one prohibition.');
  }
}

function requireRemovalsInForce(state: OrderInForce, command: VaryOrder): void {
  const inForceIds = prohibitionsInForceOn(state, command.variedOn).map((p) => p.prohibitionId);
  command.removeProhibitionIds.forEach((id, index) => {
    if (!inForceIds.includes(id)) {
      throw new RuleViolation(
        'unknown-prohibition',
        `Order ${state.orderId} had no prohibition ${id} in force on ${command.variedOn}, so it cannot be removed.`,
        `removeProhibitionIds[${index}]`,
      );
    }
  });
  const remaining = inForceIds.filter((id) => !command.removeProhibitionIds.includes(id));
  if (remaining.length === 0 && command.addProhibitions.length === 0) {
    throw new RuleViolation(
      'variation-removes-every-prohibition',
      'This variation removes every prohibition and adds none: that is a discharge, so record it as one (s20, s27).',
      'removeProhibitionIds',
    );
  }
}

export function varyOrder(command: VaryOrder, state: OrderState, { actor, today }: DecisionContext): [OrderVaried] {
  requireOrderManager(actor, 'vary an order');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'vary an order owned by that force');
  requireOrderInForce(state, 'varied');

  requireNotInFuture(command.variedOn, today, 'variedOn', 'variation');
  requireNotBeforeOrderMade(command.variedOn, state.madeOn, 'variedOn', 'variation');
  requireNotBeforeLastVariation(command.variedOn, state.lastVariedOn, 'variedOn', 'variation');
  requireOrderInForceOn(state, command.variedOn, 'varied', 'variedOn');
  requireSomeChange(command);
  requireRemovalsInForce(state, command);

  requireUniqueProhibitionIds(
    command.addProhibitions.map((p) => p.prohibitionId),
    state.prohibitions.map((p) => p.prohibitionId),
    'addProhibitions',
  );
  command.addProhibitions.forEach((terms, index) => {
    const field = `addProhibitions[${index}]`;
    r8ProhibitionWorded(terms, field);
    checkProhibitionDuration(state.orderType, terms, command.variedOn, field);
  });

  return [
    {
      type: 'OrderVaried',
      data: {
        orderId: state.orderId,
        court: command.court,
        variedOn: command.variedOn,
        addedProhibitions: command.addProhibitions.map(copyTerms),
        removedProhibitionIds: [...command.removeProhibitionIds],
      },
    },
  ];
}
