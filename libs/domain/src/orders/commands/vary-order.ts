import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderExpired, OrderVaried } from '../events.js';
import { legalConfigOf } from '../legal-config.js';
import type { PassportSurrenderTerms } from '../order-particulars.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { copyTerms, type ProhibitionTerms } from '../prohibition-terms.js';
import { requireNotBeforeLastVariation, requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireLawfulVariation } from '../rules/lawful-variation.js';
import { requireOrderInForce, requireOrderInForceOn } from '../rules/order-in-force.js';
import { orderExpiryIfNoneInForce } from '../rules/r14-order-expiry.js';
import type { OrderState } from '../state.js';

/** A court's variation (s20, s27): prohibitions added from `variedOn`, others removed on it. */
export interface VaryOrder {
  type: 'VaryOrder';
  orderId: OrderId;
  court: string;
  variedOn: IsoDate;
  addProhibitions: ProhibitionTerms[];
  removeProhibitionIds: string[];
  /** R12: the surrender requirement the court imposed with an all-countries ban it added. */
  passportSurrender?: PassportSurrenderTerms | null;
}

export function varyOrder(command: VaryOrder, state: OrderState, context: DecisionContext): [OrderVaried, ...OrderExpired[]] {
  const { actor, today } = context;
  requireOrderManager(actor, 'vary an order');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'vary an order owned by that force');
  requireOrderInForce(state, 'varied');

  requireNotInFuture(command.variedOn, today, 'variedOn', 'variation');
  requireNotBeforeOrderMade(command.variedOn, state.madeOn, 'variedOn', 'variation');
  requireNotBeforeLastVariation(command.variedOn, state.lastVariedOn, 'variedOn', 'variation');
  requireOrderInForceOn(state, command.variedOn, 'varied', 'variedOn');
  const passportSurrender = requireLawfulVariation(state, command, legalConfigOf(context));

  return [
    {
      type: 'OrderVaried',
      data: {
        orderId: state.orderId,
        court: command.court,
        variedOn: command.variedOn,
        addedProhibitions: command.addProhibitions.map(copyTerms),
        removedProhibitionIds: [...command.removeProhibitionIds],
        passportSurrender,
      },
    },
    ...orderExpiryIfNoneInForce(state, new Map(command.removeProhibitionIds.map((id) => [id, command.variedOn])), command.addProhibitions.length),
  ];
}
