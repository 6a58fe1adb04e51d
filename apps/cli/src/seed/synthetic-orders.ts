import { addDays, compareDates, endOfPeriodBeginningWith, type IsoDate, type OrderType, pncCheckCharacter } from '#domain';
import { FORCES, neighboursOf } from '#forces';
import type { NewOrderDetails } from '#orders';
import { BREACHES, COURTS, PEOPLE, PROHIBITIONS } from './synthetic-people.js';

/** A small, fast, seedable generator, so the same seed gives the same register. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface SyntheticOrder {
  order: NewOrderDetails;
  breach: { occurredOn: IsoDate; locationForce: string; description: string; prohibitionIndex: number } | null;
}

const ENGLAND_AND_WALES = FORCES.filter((force) => force.jurisdiction === 'england-wales').map((force) => force.code);

/** An order the law allows (R9, R10, R26), made on a day between 2016 and `today`. */
export function syntheticOrder(random: Random, today: IsoDate): SyntheticOrder {
  const roll = random.next();
  const type: OrderType = roll < 0.62 ? 'STPO' : roll < 0.9 ? 'STRO' : roll < 0.96 ? 'INTERIM_STRO' : 'INTERIM_STPO';
  const madeOn = addDays('2016-01-01', random.int(0, daysBetween('2016-01-01', today)));
  const people = random.pick(PEOPLE);
  const forenames = random.pick(people.forenames);
  const surname = random.pick(people.surnames);
  const aliases = (people.aliasOf?.[forenames] ?? []).filter(() => random.chance(0.5)).map((alias) => ({ forenames: alias, surname }));
  if (random.chance(0.15)) aliases.push({ forenames: surname, surname: forenames });
  const count = random.int(1, 4);
  const texts = [...PROHIBITIONS].sort(() => random.next() - 0.5).slice(0, count);
  const prohibitions = texts.map((text) => ({ text, until: untilFor(random, type, madeOn) }));
  const owningForce = random.pick(ENGLAND_AND_WALES);
  return {
    order: {
      type,
      owningForce,
      court: random.pick(COURTS),
      madeOn,
      servedOn: madeOn,
      subject: {
        forenames,
        surname,
        dateOfBirth: random.chance(0.05) ? `${random.int(1960, 2000)}-01-01` : addDays('1960-01-01', random.int(0, 15_000)),
        aliases,
        pncId: random.chance(0.8) ? pncId(random, madeOn) : null,
      },
      prohibitions,
      legal: legalTermsFor(random, type, owningForce, madeOn),
    },
    breach: random.chance(0.15) ? breachOf(random, owningForce, madeOn, prohibitions, today) : null,
  };
}

/** Who applied and on what basis (R1, R2, R4, R7), and whether the court required notification (R15). */
function legalTermsFor(random: Random, type: OrderType, owningForce: string, madeOn: IsoDate): NewOrderDetails['legal'] {
  const chiefOfficer = { kind: 'chief-officer' as const, force: owningForce };
  const offence = (outcome: 'conviction' | 'caution') => ({
    offence: random.pick(['Holding a person in slavery or servitude (MSA 2015 s1)', 'Human trafficking (MSA 2015 s2)', 'Requiring a person to perform forced labour (MSA 2015 s1)']),
    outcome,
    decidedOn: addDays(madeOn, -random.int(0, 400)),
    jurisdiction: 'EW' as const,
  });
  const onSentencing = type === 'STPO' && random.chance(0.7);
  const legalBasis = type === 'STPO' ? (onSentencing ? 's14' : 's15') : type === 'STRO' ? 's23' : type === 'INTERIM_STPO' ? 's21' : 's28';
  const notificationRequired = random.chance(0.4);
  return {
    legalBasis,
    applicant: onSentencing ? { kind: 'court' } : chiefOfficer,
    notifiedForce: null,
    qualifyingOffence: type === 'STPO' ? offence(onSentencing || random.chance(0.6) ? 'conviction' : 'caution') : type === 'INTERIM_STPO' ? offence('conviction') : null,
    notification: { required: notificationRequired, notifyTo: notificationRequired ? `${owningForce} public protection unit` : null },
    passportSurrender: null,
    interimOrderId: null,
  };
}

function untilFor(random: Random, type: OrderType, madeOn: IsoDate): IsoDate | null {
  if (type === 'INTERIM_STPO' || type === 'INTERIM_STRO') return addDays(madeOn, random.int(60, 365));
  if (random.chance(0.35)) return null;
  const shortest = type === 'STPO' ? 5 : 2;
  return addDays(endOfPeriodBeginningWith(madeOn, shortest), random.int(0, 365 * 5));
}

function breachOf(random: Random, owningForce: string, madeOn: IsoDate, prohibitions: { until: IsoDate | null }[], today: IsoDate) {
  const prohibitionIndex = random.int(0, prohibitions.length - 1);
  const until = prohibitions[prohibitionIndex].until;
  const last = until && compareDates(until, today) < 0 ? until : today;
  if (compareDates(last, madeOn) < 0) return null;
  const locations = [owningForce, ...neighboursOf(owningForce)];
  return {
    occurredOn: addDays(madeOn, random.int(0, daysBetween(madeOn, last))),
    locationForce: random.pick(locations),
    description: random.pick(BREACHES),
    prohibitionIndex,
  };
}

function pncId(random: Random, madeOn: IsoDate): string {
  const year = String(random.int(1990, Number(madeOn.slice(0, 4))));
  const serial = String(random.int(1, 9_999_999)).padStart(7, '0');
  return `${year}/${serial}${pncCheckCharacter(year.slice(2), serial)}`;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

