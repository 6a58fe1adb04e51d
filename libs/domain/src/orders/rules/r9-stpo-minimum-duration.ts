import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { orderTypeLabel, type OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';
import { earliestEnd, lastsAtLeast } from './fixed-period.js';

const SECTION: Partial<Record<OrderType, string>> = {
  STPO: 's17(4)-(5)',
  NI_STPO: 'as s17(4); 2015 NI Act, Schedule 3',
};

/**
 * R9 (s17(4)-(5)): an STPO prohibition runs until further order or for a fixed period of at least
 * five years beginning with its start day (R40). Foreign travel prohibitions are R11's instead.
 */
export function r9StpoMinimumDuration(orderType: OrderType, terms: Pick<ProhibitionTerms, 'until'>, start: IsoDate, field: string): void {
  if (lastsAtLeast(terms, start, 5)) return;
  throw new RuleViolation(
    'R9',
    `An ${orderTypeLabel(orderType)} prohibition must last at least five years or until further order, unless it is a foreign travel prohibition (${SECTION[orderType] ?? 's17(4)'}). Starting ${start}, it may end no earlier than ${earliestEnd(start, 5)}.`,
    `${field}.until`,
  );
}
