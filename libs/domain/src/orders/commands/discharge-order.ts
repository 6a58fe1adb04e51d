import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderDischarged } from '../events.js';
import { legalConfigOf } from '../legal-config.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import { requireNotBeforeLastVariation, requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireOrderInForce, requireOrderInForceOn } from '../rules/order-in-force.js';
import { r22StpoDischargeConsent } from '../rules/r22-stpo-discharge-consent.js';
import { r23StroDischargeConsent } from '../rules/r23-stro-discharge-consent.js';
import type { OrderState } from '../state.js';

/** A court discharges the order (s20, s27): it stops having effect from `dischargedOn`. */
export interface DischargeOrder {
  type: 'DischargeOrder';
  orderId: OrderId;
  court: string;
  dischargedOn: IsoDate;
  consent: { subject: boolean; chiefOfficer: boolean };
}

export function dischargeOrder(command: DischargeOrder, state: OrderState, context: DecisionContext): [OrderDischarged] {
  const { actor, today } = context;
  const legal = legalConfigOf(context);
  requireOrderManager(actor, 'discharge an order');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'discharge an order owned by that force');
  requireOrderInForce(state, 'discharged');

  const { dischargedOn, consent } = command;
  requireNotInFuture(dischargedOn, today, 'dischargedOn', 'discharge');
  requireNotBeforeOrderMade(dischargedOn, state.madeOn, 'dischargedOn', 'discharge');
  requireNotBeforeLastVariation(dischargedOn, state.lastVariedOn, 'dischargedOn', 'discharge');
  requireOrderInForceOn(state, dischargedOn, 'discharged', 'dischargedOn');

  const inForce = prohibitionsInForceOn(state, dischargedOn);
  if (state.orderType === 'STRO') r23StroDischargeConsent(state.madeOn, dischargedOn, consent, inForce, legal.r23ForeignTravelOnlyException);
  else if (legal.r22AppliesTo.includes(state.orderType)) r22StpoDischargeConsent(state.madeOn, dischargedOn, consent, inForce, state.orderType, legal);

  return [
    {
      type: 'OrderDischarged',
      data: {
        orderId: state.orderId,
        court: command.court,
        dischargedOn,
        consent: { subject: consent.subject === true, chiefOfficer: consent.chiefOfficer === true },
      },
    },
  ];
}
