import { RuleViolation } from '../../errors/domain-error.js';
import { orderTypeLabel, type OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

const SECTION: Partial<Record<OrderType, string>> = {
  INTERIM_STPO: 's21',
  INTERIM_STRO: 's28',
  INTERIM_TEPO: 'HTE(S)A 2015 Part 4',
  INTERIM_TERO: 'HTE(S)A 2015 Part 4',
  NI_INTERIM_STPO: '2015 NI Act, Schedule 3 para 7',
};

/** R26 (s21, s28): an interim order lasts for a fixed period stated in it; the law sets no minimum. */
export function r26InterimFixedPeriod(orderType: OrderType, terms: Pick<ProhibitionTerms, 'until'>, field: string): void {
  if (terms.until !== null) return;
  throw new RuleViolation(
    'R26',
    `An ${orderTypeLabel(orderType)} must be for a fixed period stated in the order, not until further order (${SECTION[orderType] ?? 's21'}).`,
    `${field}.until`,
  );
}
