import { compareDates, endOfPeriodBeginningWith, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { OrderType } from '../order-type.js';
import type { ProhibitionTerms } from '../prohibition-terms.js';

const SECTION: Record<OrderType, string> = {
  STPO: 's18(1)',
  INTERIM_STPO: 's18(1)',
  STRO: 's25(1)',
  INTERIM_STRO: 's25(1)',
  TEPO: 'HTE(S)A 2015 s21',
  INTERIM_TEPO: 'HTE(S)A 2015 s21',
  TERO: 'HTE(S)A 2015 Part 4',
  INTERIM_TERO: 'HTE(S)A 2015 Part 4',
  NI_STPO: '2015 NI Act, Schedule 3',
  NI_INTERIM_STPO: '2015 NI Act, Schedule 3',
};

const SCOPES = ['named-countries', 'all-except', 'all'];

/**
 * R11 (s18, s25): a foreign travel prohibition is one of three kinds, and runs for a fixed period
 * of no more than five years beginning with its start day (R40) — never until further order. A
 * longer ban is made by extending it again, five years at most each time (s18(3), s25(3)).
 */
export function r11ForeignTravelLimits(orderType: OrderType, terms: ProhibitionTerms, start: IsoDate, field: string): void {
  const travel = terms.foreignTravel;
  if (!travel) return;
  const section = SECTION[orderType];
  if (!SCOPES.includes(travel.scope)) {
    throw new RuleViolation('R11', `A foreign travel prohibition covers named countries, all countries except named ones, or all countries (${section}).`, `${field}.foreignTravel.scope`);
  }
  if (travel.scope !== 'all' && (travel.countries.length === 0)) {
    throw new RuleViolation('R11', `A foreign travel prohibition of this kind must name the countries it concerns (${section}).`, `${field}.foreignTravel.countries`);
  }
  if (terms.until === null) {
    throw new RuleViolation('R11', `A foreign travel prohibition must be for a fixed period, not until further order (${section}).`, `${field}.until`);
  }
  const latestEnd = endOfPeriodBeginningWith(start, 5);
  if (compareDates(terms.until, latestEnd) > 0) {
    throw new RuleViolation(
      'R11',
      `A foreign travel prohibition may last no more than five years (${section}). Starting ${start}, it must end by ${latestEnd}; extend it later by variation if needed.`,
      `${field}.until`,
    );
  }
}
