import type { SubjectId } from '../../subjects/subject-id.js';
import type { OrderId } from '../order-id.js';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { OrderType } from '../order-type.js';
import type { OrderState } from '../state.js';

/** Which interim order each kind of full order can determine the application of (s21, s28; HTE(S)A; NI Sch 3 para 7). */
const INTERIM_FOR: Partial<Record<OrderType, OrderType>> = {
  STPO: 'INTERIM_STPO',
  STRO: 'INTERIM_STRO',
  TEPO: 'INTERIM_TEPO',
  TERO: 'INTERIM_TERO',
  NI_STPO: 'NI_INTERIM_STPO',
};

/**
 * R26: an order that names the interim order it replaces must be the full order of that interim's
 * main application — the matching kind, against the same subject, made on or after it. Otherwise
 * recording it would end someone else's interim order.
 */
export function r26InterimOfMainApplication(full: { orderType: OrderType; subjectId: SubjectId; madeOn: IsoDate }, interim: OrderState): void {
  const field = 'interimOrderId';
  if (interim.status === 'none') {
    throw new RuleViolation('R26', 'There is no interim order with that id on the register.', field);
  }
  if (INTERIM_FOR[full.orderType] !== interim.orderType) {
    throw new RuleViolation(
      'R26',
      `A ${full.orderType} can end only the interim order made while its own application was pending (${INTERIM_FOR[full.orderType] ?? 'none for this kind'}), not a ${interim.orderType} (s21, s28).`,
      field,
    );
  }
  if (interim.subject.subjectId !== full.subjectId) {
    throw new RuleViolation('R26', 'The interim order named is against a different subject.', field);
  }
  if (compareDates(interim.madeOn, full.madeOn) > 0) {
    throw new RuleViolation('R26', `The interim order named was made on ${interim.madeOn}, after this order; it cannot have been made while this application was pending.`, field);
  }
}

/** The interim order a full order of this kind would end, if any kind of interim precedes it. */
export function interimKindFor(orderType: OrderType): OrderType | null {
  return INTERIM_FOR[orderType] ?? null;
}

/**
 * R26: a full order that does not name the interim order it determines still ends the subject's
 * interim order of the matching kind in force, when there is exactly one; with several, the
 * manager must say which. Returns the interim order to end, or null when there is none.
 */
export function r26InterimToEnd(
  full: { orderType: OrderType; madeOn: IsoDate },
  ordersInForce: readonly { orderId: OrderId; orderType: OrderType; madeOn: IsoDate }[],
): OrderId | null {
  const kind = interimKindFor(full.orderType);
  const interims = ordersInForce.filter((order) => order.orderType === kind && compareDates(order.madeOn, full.madeOn) <= 0);
  if (interims.length <= 1) return interims[0]?.orderId ?? null;
  throw new RuleViolation(
    'R26',
    `The subject has ${interims.length} interim orders of this kind in force (${interims.map((o) => o.orderId).join(', ')}): say in interimOrderId which one this order determines (s21, s28).`,
    'interimOrderId',
  );
}
