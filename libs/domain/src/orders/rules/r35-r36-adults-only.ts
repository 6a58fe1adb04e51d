import { addYears, compareDates, type IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { jurisdictionOf, orderTypeLabel, type OrderType } from '../order-type.js';

/**
 * R35 (HTE(S)A 2015 Part 4), R36 (2015 NI Act, Schedule 3): Scottish and Northern Irish orders are
 * made only against adults. When the subject's date of birth is known, they must have been 18 on
 * the day the order was made (someone born on 29 February turns 18 on 28 February in a common year
 * by addYears, and on 1 March in UK practice: the later day is used, so no child passes).
 */
export function r35R36AdultsOnly(orderType: OrderType, dateOfBirth: IsoDate | null, madeOn: IsoDate): void {
  const jurisdiction = jurisdictionOf(orderType);
  if (jurisdiction === 'england-wales' || dateOfBirth === null) return;
  const birthday = dateOfBirth.endsWith('-02-29') ? addYears(dateOfBirth.replace(/-02-29$/, '-03-01') as IsoDate, 18) : addYears(dateOfBirth, 18);
  if (compareDates(madeOn, birthday) >= 0) return;
  const rule = jurisdiction === 'scotland' ? 'R35' : 'R36';
  const law = jurisdiction === 'scotland' ? 'HTE(S)A 2015 Part 4' : 'the 2015 NI Act, Schedule 3';
  throw new RuleViolation(rule, `An ${orderTypeLabel(orderType)} is made only against an adult (${law}); the subject turned 18 on ${birthday}, after the order was made on ${madeOn}.`, 'subject.dateOfBirth');
}
