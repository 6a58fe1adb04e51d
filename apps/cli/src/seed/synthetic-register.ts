import type { OrderId, SubjectId } from '#domain';
import {
  type Actor,
  addDays,
  compareDates,
  DEFAULT_LEGAL_CONFIG,
  decideSubject,
  initialSubjectState,
  type IsoDate,
  type LegalBasis,
  type LegalConfig,
  type OrderType,
  replaySubject,
  type SubjectEvent,
  type SubjectState,
  supersedes,
} from '#domain';
import { eventIdOf, systemCommands } from '#orders';
import { deterministicId } from '#platform';
import { OrderLife, type DecidedEvent, type Refusal } from './order-life.js';
import { planOrderLife } from './order-life-plan.js';
import { makeOrderCommand } from './synthetic-order.js';
import { pickOwningForce } from './synthetic-forces.js';
import { Random } from './random.js';
import { syntheticSubject } from './synthetic-subjects.js';

/** One application to a court, and whether an interim order was made while it was pending (R26). */
interface Application {
  orderType: OrderType;
  legalBasis: LegalBasis;
  madeOn: IsoDate;
}

export interface SeededOrder {
  orderId: OrderId;
  orderType: OrderType;
  events: DecidedEvent[];
}

/** Everything the register comes to hold about one subject, in the order it is to be appended. */
export interface SubjectHistory {
  subjectId: SubjectId;
  /** Subject-stream appends, each before the order at the same index of `orders` (null: nothing to append). */
  subjectEventsBefore: (DecidedEvent[] | null)[];
  orders: SeededOrder[];
}

export interface SeedPlan {
  seed: number;
  today: IsoDate;
  legal?: LegalConfig;
}

const FIRST_DAY: IsoDate = '2016-01-01';

/**
 * The synthetic register, subject by subject: pure and deterministic from the seed. Each subject's
 * orders, and each order's life, are decided by the domain in date order; whatever it refuses is
 * left out and reported in `refusals`.
 */
export class SyntheticRegister {
  readonly refusals: Refusal[] = [];
  private subjects = 0;
  private orders = 0;
  private readonly legal: LegalConfig;

  constructor(private readonly plan: SeedPlan) {
    this.legal = plan.legal ?? DEFAULT_LEGAL_CONFIG;
  }

  /** The next subject, with at most `mostOrders` orders. */
  nextSubject(mostOrders: number): SubjectHistory {
    const index = this.subjects++;
    const random = new Random((this.plan.seed * 1_000_003 + index) | 0);
    const { seed, today } = this.plan;
    const applications = applicationsOf(random, today).slice(0, mostOrders);
    const subjectId = deterministicId('seed', String(seed), 'subject', String(index)) as SubjectId;
    const person = syntheticSubject(random, applications[0]?.madeOn ?? today);
    // Names kept for a later order come out now when there is none.
    if (applications.length < 2) person.particulars.aliases.push(...person.laterAliases.splice(0));
    const history: SubjectHistory = { subjectId, subjectEventsBefore: [], orders: [] };
    let subject: SubjectState = initialSubjectState;
    const subjectFacts: SubjectEvent[] = [];
    const lives: OrderLife[] = [];
    let owningForce = pickOwningForce(random);

    applications.forEach((application, position) => {
      const orderIndex = this.orders++;
      const orderId = deterministicId('seed', String(seed), 'order', String(orderIndex)) as OrderId;
      const commandId = (step: string) => deterministicId('seed', String(seed), 'order', String(orderIndex), step);
      if (position > 0 && random.chance(0.3)) owningForce = pickOwningForce(random);
      const manager: Actor = { userId: `seed:${owningForce}`, role: 'order-manager', force: owningForce };
      const fresh = position === 0 ? [] : person.laterAliases.splice(0, random.int(0, person.laterAliases.length));
      const particulars = { ...person.particulars, aliases: [...person.particulars.aliases, ...fresh] };

      const subjectEvents = this.decideForSubject(
        subject,
        position === 0 ? { type: 'RegisterSubject', subjectId, particulars } : { type: 'IdentifySubject', subjectId, orderId, particulars },
        manager,
        application.madeOn,
        commandId('subject'),
      );
      if (subjectEvents === undefined) return;
      subjectFacts.push(...subjectEvents.map((decided) => decided.event as SubjectEvent));
      subject = replaySubject(subjectFacts);
      person.particulars.aliases = particulars.aliases;

      const interim = lives.at(-1);
      const determines = interim && isInterimOf(interim, application.orderType) ? interim : null;
      const life = new OrderLife(orderId, this.legal, this.refusals);
      const made = makeOrderCommand(random, {
        orderId,
        orderType: application.orderType,
        legalBasis: application.legalBasis,
        madeOn: application.madeOn,
        owningForce,
        subject: { subjectId, forenames: particulars.forenames, surname: particulars.surname, dateOfBirth: particulars.dateOfBirth, pncId: particulars.pncId, aliases: particulars.aliases },
        commandIdOf: commandId,
        interimOrderId: determines?.orderId ?? null,
        // An interim order runs at least until the full order is made, unless nothing follows it.
        interimRunsPast: nextMadeOn(applications, position),
      });
      if (!life.decideOn(application.madeOn, made, manager, commandId('make'))) return;

      // What making this order did to the subject's earlier orders (R26, R13): the app's policies, as the system.
      for (const earlier of lives) {
        earlier.runClockUntil(application.madeOn);
        if (earlier === determines) {
          earlier.decideBySystem(application.madeOn, systemCommands.endInterimOrder(earlier.orderId, orderId, application.madeOn));
        } else if (earlier.state.status === 'active' && supersedes(application.orderType, earlier.state.orderType, this.legal)) {
          earlier.decideBySystem(application.madeOn, systemCommands.supersedeOrder(earlier.orderId, orderId, application.madeOn));
        }
      }

      const lastDay = lastDayOf(applications, position, this.legal, today);
      planOrderLife(random, life, { lastDay, today, commandIdOf: commandId, person: particulars });
      lives.push(life);
      history.subjectEventsBefore.push(subjectEvents.length > 0 ? subjectEvents : null);
      history.orders.push({ orderId, orderType: application.orderType, events: life.events });
    });

    // The clock has swept every order up to today.
    for (const life of lives) life.runClockUntil(today);
    return history;
  }

  private decideForSubject(
    state: SubjectState,
    command: Parameters<typeof decideSubject>[0],
    actor: Actor,
    day: IsoDate,
    commandId: string,
  ): DecidedEvent[] | undefined {
    try {
      return decideSubject(command, state, { actor, today: day }).map((event, index) => ({
        event,
        eventId: eventIdOf(commandId, index),
        commandId,
        commandFingerprint: '',
        actor,
        recordedOn: day,
      }));
    } catch (error) {
      this.refusals.push({ command: command.type, rule: (error as { rule?: string }).rule ?? (error as Error).name });
      return undefined;
    }
  }
}

function isInterimOf(life: OrderLife, fullType: OrderType): boolean {
  const state = life.state;
  if (state.status !== 'interim') return false;
  return (state.orderType === 'INTERIM_STPO' && fullType === 'STPO') || (state.orderType === 'INTERIM_STRO' && fullType === 'STRO');
}

function nextMadeOn(applications: Application[], position: number): IsoDate | null {
  return applications[position + 1]?.madeOn ?? null;
}

/**
 * The last day this order's own life (variations, notifications, breaches…) is planned for: the
 * day before a later order of the subject ends it (R13, R26), otherwise today.
 */
function lastDayOf(applications: Application[], position: number, legal: LegalConfig, today: IsoDate): IsoDate {
  const own = applications[position] as Application;
  for (const later of applications.slice(position + 1)) {
    const interimOfLater = (own.orderType === 'INTERIM_STPO' && later.orderType === 'STPO') || (own.orderType === 'INTERIM_STRO' && later.orderType === 'STRO');
    if (interimOfLater || supersedes(later.orderType, own.orderType, legal)) return addDays(later.madeOn, -1);
  }
  return today;
}

/**
 * A subject's orders over ten years: about 1.5 each. Most have one; some a second or third
 * application years later. An application on complaint (s15, s23) is preceded by an interim order
 * (s21, s28) about half the time.
 */
function applicationsOf(random: Random, today: IsoDate): Application[] {
  const span = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${FIRST_DAY}T00:00:00Z`)) / 86_400_000);
  const wanted = random.chance(0.66) ? 1 : random.chance(0.7) ? 2 : 3;
  const applications: Application[] = [];
  let day = addDays(FIRST_DAY, random.int(0, span));
  while (applications.length < wanted) {
    const roll = random.next();
    const [orderType, legalBasis]: [OrderType, LegalBasis] = roll < 0.45 ? ['STPO', 's14'] : roll < 0.62 ? ['STPO', 's15'] : ['STRO', 's23'];
    const interim = legalBasis !== 's14' && random.chance(0.25);
    if (interim) {
      applications.push({ orderType: orderType === 'STPO' ? 'INTERIM_STPO' : 'INTERIM_STRO', legalBasis: orderType === 'STPO' ? 's21' : 's28', madeOn: day });
      day = addDays(day, random.int(30, 180));
    }
    // A recent interim's main application may still be pending today.
    if (compareDates(day, today) > 0) break;
    applications.push({ orderType, legalBasis, madeOn: day });
    day = addDays(day, random.int(200, 1600));
    if (compareDates(day, today) > 0) break;
  }
  return applications;
}
