import type { ForceCode } from '#forces';
import { addDays, compareDates, endOfPeriodBeginningWith, type IsoDate, type LegalBasis, type MakeOrder, type OrderType, type SubjectDetails, type OrderId } from '#domain';
import { type NewProhibition, prohibitionTerms } from '#orders';
import type { Random } from './random.js';
import { COURTS, PROHIBITIONS, TRAVEL_COUNTRIES } from './synthetic-wording.js';

export interface OrderToMake {
  orderId: OrderId;
  orderType: OrderType;
  legalBasis: LegalBasis;
  madeOn: IsoDate;
  owningForce: ForceCode;
  subject: SubjectDetails;
  commandIdOf(step: string): string;
  interimOrderId: OrderId | null;
  /** For an interim order: the day the full order follows it, if one does. */
  interimRunsPast: IsoDate | null;
}

const CROWN_COURTS = COURTS.filter((court) => court.includes('Crown') || court.includes('Trial Centre'));
const MAGISTRATES_COURTS = COURTS.filter((court) => court.includes('Magistrates'));

const OFFENCES = [
  'Holding a person in slavery or servitude (MSA 2015 s1)',
  'Requiring a person to perform forced or compulsory labour (MSA 2015 s1)',
  'Human trafficking (MSA 2015 s2)',
  'Committing an offence with intent to commit human trafficking (MSA 2015 s4)',
];

/** The MakeOrder a court's order becomes (R1-R12, R15, R26): prohibitions whose periods the law allows. */
export function makeOrderCommand(random: Random, order: OrderToMake): MakeOrder {
  const { orderType, legalBasis, madeOn } = order;
  const count = orderType.startsWith('INTERIM') ? random.int(1, 3) : random.int(1, 5);
  const texts = shuffled(random, PROHIBITIONS).slice(0, count);
  const worded: NewProhibition[] = texts.map((text) => ({ text, until: untilFor(random, orderType, madeOn, order.interimRunsPast) }));
  if (!orderType.startsWith('INTERIM') && random.chance(0.08)) {
    worded.push({
      text: 'Must not travel to the countries named in the order',
      until: endOfPeriodBeginningWith(madeOn, random.int(2, 5)),
      foreignTravel: { scope: 'named-countries', countries: shuffled(random, TRAVEL_COUNTRIES).slice(0, random.int(1, 3)) },
    });
  }
  const onSentencing = legalBasis === 's14';
  const notificationRequired = random.chance(onSentencing ? 0.55 : 0.4);
  return {
    type: 'MakeOrder',
    orderId: order.orderId,
    orderType,
    owningForce: order.owningForce,
    court: random.pick(onSentencing ? CROWN_COURTS : MAGISTRATES_COURTS),
    madeOn,
    servedOn: madeOn,
    subject: order.subject,
    prohibitions: prohibitionTerms(order.commandIdOf('make'), worded),
    legalBasis,
    applicant: onSentencing ? { kind: 'court' } : { kind: 'chief-officer', force: order.owningForce },
    notifiedForce: null,
    qualifyingOffence: orderType === 'STPO' || orderType === 'INTERIM_STPO' ? offence(random, madeOn, onSentencing || random.chance(0.6) ? 'conviction' : 'caution') : null,
    notification: { required: notificationRequired, notifyTo: notificationRequired ? `${order.owningForce} public protection unit` : null },
    passportSurrender: null,
    interimOrderId: order.interimOrderId,
  };
}

function offence(random: Random, madeOn: IsoDate, outcome: 'conviction' | 'caution') {
  return { offence: random.pick(OFFENCES), outcome, decidedOn: addDays(madeOn, -random.int(0, 400)), jurisdiction: 'EW' as const };
}

/** R9 (STPO ≥ 5 years), R10 (STRO ≥ 2 years) or until further order; R26 (interim: fixed, lasting until the full order). */
export function untilFor(random: Random, orderType: OrderType, start: IsoDate, interimRunsPast: IsoDate | null = null): IsoDate | null {
  if (orderType === 'INTERIM_STPO' || orderType === 'INTERIM_STRO') {
    const own = addDays(start, random.int(90, 365));
    const past = interimRunsPast ? addDays(interimRunsPast, random.int(0, 60)) : own;
    return compareDates(own, past) > 0 ? own : past;
  }
  if (random.chance(0.3)) return null;
  return addDays(endOfPeriodBeginningWith(start, orderType === 'STPO' ? 5 : 2), random.int(0, 365 * 5));
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
