import { RuleViolation } from '../../errors/domain-error.js';
import { isLegalBasis, LEGAL_BASES_OF, type LegalBasis } from '../order-particulars.js';
import { orderTypeLabel, type OrderType } from '../order-type.js';

/**
 * R1 (with R35, R36 for Scotland and NI): an order is made under a provision that can make its
 * type — an STPO under s14 or s15, an interim STPO under s21, an STRO under s23, an interim STRO
 * under s28, and so on. null means "not recorded", allowed only for orders entered before the
 * register kept it.
 */
export function r1LegalBasisFitsType(orderType: OrderType, legalBasis: unknown): LegalBasis | null {
  if (legalBasis === null || legalBasis === undefined) return null;
  const allowed = LEGAL_BASES_OF[orderType];
  if (!isLegalBasis(legalBasis)) {
    throw new RuleViolation('R1', `${JSON.stringify(legalBasis)} is not a provision an order can be made under; an ${orderTypeLabel(orderType)} is made under ${allowed.join(' or ')}.`, 'legalBasis');
  }
  if (!allowed.includes(legalBasis)) {
    throw new RuleViolation('R1', `An ${orderTypeLabel(orderType)} cannot be made under ${legalBasis}; it is made under ${allowed.join(' or ')}.`, 'legalBasis');
  }
  return legalBasis;
}
