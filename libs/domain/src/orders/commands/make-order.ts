import type { IsoDate } from '../../dates/iso-date.js';
import { OrderAlreadyExists, RuleViolation } from '../../errors/domain-error.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import type { DecisionContext } from '../decision-context.js';
import type { OrderMade } from '../events.js';
import { isOrderType, type OrderType } from '../order-type.js';
import { requireOrderManagerOf } from '../permissions.js';
import { copyTerms, type ProhibitionTerms } from '../prohibition-terms.js';
import { requireIsoDate, requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { checkProhibitionDuration } from '../rules/prohibition-duration.js';
import { r8ProhibitionsRequired, r8ProhibitionWorded } from '../rules/r8-prohibitions-required.js';
import { validSubjectDetails } from '../rules/subject-details-valid.js';
import { requireUniqueProhibitionIds } from '../rules/unique-ids.js';
import type { OrderState } from '../state.js';

/** Put an order a court has made on the register — today's, or one made years ago. */
export interface MakeOrder {
  type: 'MakeOrder';
  orderId: string;
  orderType: OrderType;
  owningForce: string;
  court: string;
  madeOn: IsoDate;
  servedOn: IsoDate | null;
  subject: SubjectDetails;
  prohibitions: ProhibitionTerms[];
}

export function makeOrder(command: MakeOrder, state: OrderState, { actor, today }: DecisionContext): [OrderMade] {
  requireOrderManagerOf(actor, command.owningForce, 'record an order owned by that force');
  if (state.status !== 'none') throw new OrderAlreadyExists(command.orderId);

  if (!isOrderType(command.orderType)) {
    throw new RuleViolation('unknown-order-type', `${String(command.orderType)} is not an order type the register knows (R1).`, 'orderType');
  }
  requireNotInFuture(command.madeOn, today, 'madeOn', 'made');
  if (command.servedOn !== null) {
    requireIsoDate(command.servedOn, 'servedOn');
    requireNotBeforeOrderMade(command.servedOn, command.madeOn, 'servedOn', 'served');
  }
  const subject = validSubjectDetails(command.subject, today);

  r8ProhibitionsRequired(command.prohibitions);
  requireUniqueProhibitionIds(
    command.prohibitions.map((p) => p.prohibitionId),
    [],
    'prohibitions',
  );
  command.prohibitions.forEach((terms, index) => {
    const field = `prohibitions[${index}]`;
    r8ProhibitionWorded(terms, field);
    checkProhibitionDuration(command.orderType, terms, command.madeOn, field);
  });

  return [
    {
      type: 'OrderMade',
      data: {
        orderId: command.orderId,
        orderType: command.orderType,
        owningForce: command.owningForce,
        court: command.court,
        madeOn: command.madeOn,
        servedOn: command.servedOn,
        subject,
        prohibitions: command.prohibitions.map(copyTerms),
      },
    },
  ];
}
