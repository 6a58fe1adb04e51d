import type { OrderId } from '../order-id.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { LegalBasis } from '../order-particulars.js';
import { isInterimOrderType, orderTypeLabel, type OrderType } from '../order-type.js';

/**
 * R26 (s21(1), s28(1)): an interim order is made while a main application is pending, and the
 * order that determines that application names it. An interim STPO can only precede an s15
 * application, never an order on sentencing (s14); an interim order determines nothing itself.
 */
export function r26InterimLink(orderType: OrderType, legalBasis: LegalBasis | null, interimOrderId: OrderId | null | undefined, orderId: OrderId): OrderId | null {
  if (interimOrderId === null || interimOrderId === undefined) return null;
  if (interimOrderId.trim() === '') {
    throw new RuleViolation('R26', 'Name the interim order this order follows, or leave it out.', 'interimOrderId');
  }
  if (isInterimOrderType(orderType)) {
    throw new RuleViolation('R26', `An ${orderTypeLabel(orderType)} is itself interim; only the order made on the main application ends an interim order (s21, s28).`, 'interimOrderId');
  }
  if (legalBasis !== null && (legalBasis === 's14' || legalBasis === 'HTE(S)A s17' || legalBasis === 'NI Sch3 para1')) {
    throw new RuleViolation('R26', `An interim order is made only while an application is pending, so it cannot precede an order made on sentencing (${legalBasis}); an interim STPO precedes only an s15 order (s21(1)).`, 'interimOrderId');
  }
  if (interimOrderId === orderId) {
    throw new RuleViolation('R26', 'An order cannot determine its own main application.', 'interimOrderId');
  }
  return interimOrderId;
}
