import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderRenewed } from '../events.js';
import { legalConfigOf } from '../legal-config.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { isProhibitionInForceOn } from '../queries/prohibitions-in-force-on.js';
import { requireNotBeforeLastVariation, requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireOrderInForce, requireOrderInForceOn } from '../rules/order-in-force.js';
import { checkRenewedDuration } from '../rules/renewal-duration.js';
import type { OrderInForce, OrderState, Prohibition } from '../state.js';

/**
 * A court renews prohibitions (s20, s27; R21: it has found the risk test met again). Each named
 * prohibition runs to its new `until` — or until further order where the law allows — from
 * `renewedOn`.
 */
export interface RenewOrder {
  type: 'RenewOrder';
  orderId: OrderId;
  court: string;
  renewedOn: IsoDate;
  prohibitions: { prohibitionId: string; until: IsoDate | null }[];
}

function requireRenewable(state: OrderInForce, command: RenewOrder): Prohibition[] {
  if (command.prohibitions.length === 0) {
    throw new RuleViolation('renewal-changes-nothing', 'Name at least one prohibition the court renewed, with its new last day.', 'prohibitions');
  }
  const seen = new Set<string>();
  return command.prohibitions.map(({ prohibitionId }, index) => {
    const field = `prohibitions[${index}].prohibitionId`;
    if (seen.has(prohibitionId)) {
      throw new RuleViolation('duplicate-prohibition-id', `Prohibition ${prohibitionId} is named twice in this renewal.`, field);
    }
    seen.add(prohibitionId);
    const prohibition = state.prohibitions.find((p) => p.prohibitionId === prohibitionId);
    if (!prohibition) {
      throw new RuleViolation('unknown-prohibition', `Order ${state.orderId} has no prohibition ${prohibitionId}.`, field);
    }
    if (prohibition.status !== 'in-force' || !isProhibitionInForceOn(prohibition, command.renewedOn)) {
      throw new RuleViolation(
        'prohibition-not-in-force',
        `Prohibition ${prohibitionId} of order ${state.orderId} was not in force on ${command.renewedOn}; a prohibition that has ended cannot be renewed — add a new one by variation.`,
        field,
      );
    }
    return prohibition;
  });
}

export function renewOrder(command: RenewOrder, state: OrderState, context: DecisionContext): [OrderRenewed] {
  const { actor, today } = context;
  requireOrderManager(actor, 'renew an order');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'renew an order owned by that force');
  requireOrderInForce(state, 'renewed');

  const { renewedOn } = command;
  requireNotInFuture(renewedOn, today, 'renewedOn', 'renewal');
  requireNotBeforeOrderMade(renewedOn, state.madeOn, 'renewedOn', 'renewal');
  requireNotBeforeLastVariation(renewedOn, state.lastVariedOn, 'renewedOn', 'renewal');
  requireOrderInForceOn(state, renewedOn, 'renewed', 'renewedOn');

  const renewed = requireRenewable(state, command);
  const legal = legalConfigOf(context);
  command.prohibitions.forEach(({ until }, index) => {
    checkRenewedDuration(renewed[index] as Prohibition, until, state.orderType, renewedOn, `prohibitions[${index}]`, legal);
  });

  return [
    {
      type: 'OrderRenewed',
      data: {
        orderId: state.orderId,
        court: command.court,
        renewedOn,
        prohibitions: command.prohibitions.map(({ prohibitionId, until }, index) => ({
          prohibitionId,
          previousUntil: (renewed[index] as Prohibition).until,
          until,
        })),
      },
    },
  ];
}
