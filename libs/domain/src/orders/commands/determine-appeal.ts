import type { OrderId } from '../order-id.js';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import { APPEAL_OUTCOMES, type AppealDetermined, type AppealOutcome, type AppealVariation, type OrderExpired } from '../events.js';
import { legalConfigOf } from '../legal-config.js';
import type { PassportSurrenderTerms } from '../order-particulars.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { copyTerms, type ProhibitionTerms } from '../prohibition-terms.js';
import { requirePendingAppeal } from '../rules/appeal-rules.js';
import { requireNotBeforeLastVariation, requireNotInFuture } from '../rules/dates-in-order.js';
import { requireLawfulVariation } from '../rules/lawful-variation.js';
import { requireOrderInForce, requireOrderInForceOn } from '../rules/order-in-force.js';
import { orderExpiryIfNoneInForce } from '../rules/r14-order-expiry.js';
import { isOrderInForce, type OrderInForceOrEnded, type OrderState } from '../state.js';

/**
 * The appeal court's decision (R27-R29): dismissed (nothing changes), quashed (the order ends on
 * `decidedOn`), or varied (the changes obey the same rules as a variation, from `decidedOn`). The
 * order keeps the court that made it for later variations (R29, s22(5), s29(3)).
 */
export interface DetermineAppeal {
  type: 'DetermineAppeal';
  orderId: OrderId;
  appealId: string;
  outcome: AppealOutcome;
  decidedOn: IsoDate;
  variation?: { addProhibitions: ProhibitionTerms[]; removeProhibitionIds: string[]; passportSurrender?: PassportSurrenderTerms | null };
}

function requireOutcome(command: DetermineAppeal): void {
  if (!APPEAL_OUTCOMES.includes(command.outcome)) {
    throw new RuleViolation('unknown-appeal-outcome', `An appeal is dismissed, quashes the order, or varies it; not ${JSON.stringify(command.outcome)}.`, 'outcome');
  }
  const hasVariation = command.variation !== undefined && command.variation !== null;
  if (command.outcome === 'varied' && !hasVariation) {
    throw new RuleViolation('appeal-variation-missing', 'The appeal court varied the order: record what it added and removed.', 'variation');
  }
  if (command.outcome !== 'varied' && hasVariation) {
    throw new RuleViolation('appeal-variation-unexpected', `An appeal that was ${command.outcome} changes no prohibitions; leave the variation out.`, 'variation');
  }
}

function requireDecidedAfterLodged(command: DetermineAppeal, lodgedOn: IsoDate): void {
  if (compareDates(command.decidedOn, lodgedOn) < 0) {
    throw new RuleViolation('date-before-appeal-lodged', `The appeal was decided (${command.decidedOn}) before it was lodged (${lodgedOn}).`, 'decidedOn');
  }
}

function changedOrder(command: DetermineAppeal, state: OrderInForceOrEnded, context: DecisionContext): AppealVariation | null {
  if (command.outcome === 'dismissed') return null;
  requireOrderInForce(state, command.outcome);
  requireNotBeforeLastVariation(command.decidedOn, state.lastVariedOn, 'decidedOn', 'appeal decision');
  requireOrderInForceOn(state, command.decidedOn, command.outcome, 'decidedOn');
  if (command.outcome === 'quashed') return null;
  const variation = command.variation as NonNullable<DetermineAppeal['variation']>;
  const passportSurrender = requireLawfulVariation(state, { ...variation, variedOn: command.decidedOn }, legalConfigOf(context), 'variation.');
  return {
    addedProhibitions: variation.addProhibitions.map(copyTerms),
    removedProhibitionIds: [...variation.removeProhibitionIds],
    passportSurrender,
  };
}

export function determineAppeal(command: DetermineAppeal, state: OrderState, context: DecisionContext): [AppealDetermined, ...OrderExpired[]] {
  const { actor, today } = context;
  requireOrderManager(actor, 'record the outcome of an appeal');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'record the outcome of an appeal against an order owned by that force');

  const appeal = requirePendingAppeal(state, command.appealId);
  requireOutcome(command);
  requireNotInFuture(command.decidedOn, today, 'decidedOn', 'appeal decision');
  requireDecidedAfterLodged(command, appeal.lodgedOn);
  const variation = changedOrder(command, state, context);

  return [
    {
      type: 'AppealDetermined',
      data: { orderId: state.orderId, appealId: appeal.appealId, outcome: command.outcome, decidedOn: command.decidedOn, variation },
    },
    ...(variation && isOrderInForce(state)
      ? orderExpiryIfNoneInForce(state, new Map(variation.removedProhibitionIds.map((id) => [id, command.decidedOn])), variation.addedProhibitions.length)
      : []),
  ];
}
