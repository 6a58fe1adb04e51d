import type { OrderId } from './order-id.js';
import fc from 'fast-check';
import type { Actor } from '../actors/actor.js';
import { addDays, compareDates, daysBetween, endOfPeriodBeginningWith, type IsoDate } from '../dates/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { decide } from './decide.js';
import type { OrderEvent, Sentence } from './events.js';
import { replay } from './evolve.js';
import { DEFAULT_LEGAL_CONFIG } from './legal-config.js';
import type { OrderCommand } from './order-command.js';
import { ORDER_TYPES, type OrderType } from './order-type.js';
import type { ProhibitionTerms } from './prohibition-terms.js';
import { prohibitionsInForceOn } from './queries/prohibitions-in-force-on.js';
import { consentRequiredUntil } from './rules/consent-bar.js';
import { initialState, isOrderInForce, type OrderInForceOrEnded, type OrderState, type Prohibition } from './state.js';
import { breachRecorded, managerOf, ORDER_ID, orderMade, subject, TODAY } from './testing/fixtures.js';

// Random command histories run through the real decider: whatever it accepts must leave an order
// the law allows. Dates cluster around the statutory boundaries so the edges are exercised.

const FIRST_DAY = '2015-07-31';
const day = fc.integer({ min: 0, max: 4133 }).map((n) => addDays(FIRST_DAY, n));
const prohibitionId = fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4');
const force = fc.constantFrom('kent', 'sussex', 'police-scotland');

function untilFrom(start: IsoDate): fc.Arbitrary<IsoDate | null> {
  const nearBoundary = fc
    .record({ years: fc.constantFrom(1, 2, 5, 6), delta: fc.integer({ min: -2, max: 2 }) })
    .map(({ years, delta }) => addDays(endOfPeriodBeginningWith(start, years), delta));
  const anyLength = fc.integer({ min: -5, max: 4000 }).map((n) => addDays(start, n));
  return fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: nearBoundary, weight: 3 }, { arbitrary: anyLength, weight: 1 });
}

function termsFrom(start: IsoDate): fc.Arbitrary<ProhibitionTerms> {
  const travel = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);
  return fc.record({ id: prohibitionId, travel, until: untilFrom(start) }).map(({ id, travel, until }) => ({
    prohibitionId: id,
    text: `Must not do ${id}`,
    until,
    ...(travel ? { foreignTravel: { scope: 'all' as const, countries: [] } } : {}),
  }));
}

const surrenderFor = (terms: readonly ProhibitionTerms[], from: IsoDate) =>
  terms.some((t) => t.foreignTravel?.scope === 'all') ? { passportSurrender: { policeStation: 'Maidstone', dueOn: addDays(from, 2) } } : {};

// Orders are made early in the range so that later commands mostly fall within their lives.
const madeDay = fc.integer({ min: 0, max: 2000 }).map((n) => addDays(FIRST_DAY, n));
const makeOrder = madeDay.chain((madeOn) =>
  fc
    .record({
      orderType: fc.constantFrom(...ORDER_TYPES),
      prohibitions: fc.uniqueArray(termsFrom(madeOn), { minLength: 1, maxLength: 3, selector: (terms) => terms.prohibitionId }),
      notify: fc.boolean(),
    })
    .map(({ notify, ...c }): OrderCommand => ({
      type: 'MakeOrder',
      orderId: ORDER_ID,
      owningForce: 'kent',
      court: 'Court',
      madeOn,
      servedOn: notify ? madeOn : null,
      subject,
      ...c,
      ...surrenderFor(c.prohibitions, madeOn),
      ...(notify ? { notification: { required: true, notifyTo: 'PPU' } } : {}),
    })),
);
const variation = (from: IsoDate) =>
  fc.record({ addProhibitions: fc.array(termsFrom(from), { maxLength: 2 }), removeProhibitionIds: fc.uniqueArray(prohibitionId, { maxLength: 2 }) });
const varyOrder = (day: fc.Arbitrary<IsoDate>) => day.chain((variedOn) =>
  variation(variedOn).map((c): OrderCommand => ({ type: 'VaryOrder', orderId: ORDER_ID, court: 'Court', variedOn, ...c, ...surrenderFor(c.addProhibitions, variedOn) })),
);
const renewOrder = (day: fc.Arbitrary<IsoDate>) => day.chain((renewedOn) =>
  fc
    .uniqueArray(fc.record({ prohibitionId, until: untilFrom(renewedOn) }), { minLength: 1, maxLength: 2, selector: (r) => r.prohibitionId })
    .map((prohibitions): OrderCommand => ({ type: 'RenewOrder', orderId: ORDER_ID, court: 'Court', renewedOn, prohibitions })),
);
const dischargeOrder = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ dischargedOn: day, subject: fc.boolean(), chiefOfficer: fc.boolean() })
  .map(({ dischargedOn, ...consent }): OrderCommand => ({ type: 'DischargeOrder', orderId: ORDER_ID, court: 'Court', dischargedOn, consent }));
const recordBreach = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ breachId: fc.constantFrom('b-1', 'b-2'), occurredOn: day, prohibitionIds: fc.uniqueArray(prohibitionId, { minLength: 1, maxLength: 1 }), locationForce: force })
  .map((c): OrderCommand => ({ type: 'RecordBreach', orderId: ORDER_ID, description: 'Seen', ...c }));
const sentence: fc.Arbitrary<Sentence | undefined> = fc.option(
  fc.record({
    kind: fc.constantFrom('custody', 'suspended-custody', 'community', 'fine', 'absolute-discharge', 'conditional-discharge'),
    months: fc.integer({ min: 1, max: 70 }),
    court: fc.constantFrom('magistrates', 'crown'),
  }) as fc.Arbitrary<Sentence>,
  { nil: undefined, freq: 2 },
);
const recordBreachOutcome = (day: fc.Arbitrary<IsoDate>) => fc
  .record({
    breachId: fc.constantFrom('b-1', 'b-2'),
    outcome: fc.constantFrom('charged', 'convicted', 'convicted', 'acquitted', 'no-further-action', 'cautioned'),
    decidedOn: day,
    sentence,
  })
  .map(({ sentence: s, ...c }): OrderCommand => ({ type: 'RecordBreachOutcome', orderId: ORDER_ID, ...c, ...(s ? { sentence: s } : {}) }));
const expireProhibitions = (day: fc.Arbitrary<IsoDate>) => day.map((today): OrderCommand => ({ type: 'ExpireProhibitions', orderId: ORDER_ID, today }));
const markOverdue = (day: fc.Arbitrary<IsoDate>) => day.map((today): OrderCommand => ({ type: 'MarkNotificationOverdue', orderId: ORDER_ID, today }));
const warnOfExpiry = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ today: day, warningDays: fc.constantFrom(1, 28, 28, 365) })
  .map((c): OrderCommand => ({ type: 'WarnOfExpiry', orderId: ORDER_ID, ...c }));
const lodgeAppeal = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ appealId: fc.constantFrom('a-1', 'a-2'), lodgedOn: day })
  .map((c): OrderCommand => ({ type: 'LodgeAppeal', orderId: ORDER_ID, court: 'Crown Court', ...c }));
const determineAppeal = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ appealId: fc.constantFrom('a-1', 'a-2'), outcome: fc.constantFrom('dismissed', 'quashed', 'varied'), decidedOn: day })
  .chain((c) =>
    variation(c.decidedOn).map((v): OrderCommand => ({ type: 'DetermineAppeal', orderId: ORDER_ID, ...c, ...(c.outcome === 'varied' ? { variation: { ...v, ...surrenderFor(v.addProhibitions, c.decidedOn) } } : {}) })),
  );
const supersedeOrder = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ supersededOn: day, byOrderType: fc.option(fc.constantFrom<OrderType>(...ORDER_TYPES), { nil: undefined }) })
  .map(({ byOrderType, supersededOn }): OrderCommand => ({ type: 'SupersedeOrder', orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn, ...(byOrderType ? { byOrderType } : {}) }));
const endInterim = (day: fc.Arbitrary<IsoDate>) => day.map((endedOn): OrderCommand => ({ type: 'EndInterimOrder', orderId: ORDER_ID, determinedBy: 'order-2' as OrderId, endedOn }));
const transferOrder = (day: fc.Arbitrary<IsoDate>) => fc.record({ toForce: force, transferredOn: day }).map((c): OrderCommand => ({ type: 'TransferOrder', orderId: ORDER_ID, ...c }));
const recordNotification = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ notificationId: fc.constantFrom('n-1', 'n-2', 'n-3'), notifiedOn: day, addressForce: force })
  .map(({ addressForce, ...c }): OrderCommand => ({ type: 'RecordNotification', orderId: ORDER_ID, names: ['Jan'], address: { line1: '1 Road', postcode: 'AB1 2CD', force: addressForce }, ...c }));
const passports = fc.uniqueArray(fc.constantFrom('P1', 'P2'), { minLength: 1, maxLength: 2 });
const surrender = (day: fc.Arbitrary<IsoDate>) => fc.record({ surrenderedOn: day, passports }).map((c): OrderCommand => ({ type: 'RecordPassportSurrender', orderId: ORDER_ID, ...c }));
const giveBack = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ returnedOn: day, passports, returnedTo: fc.constantFrom('subject', 'subject', 'issuing-authority') })
  .map((c): OrderCommand => ({ type: 'RecordPassportReturn', orderId: ORDER_ID, ...c }) as OrderCommand);
const correct = (day: fc.Arbitrary<IsoDate>) => fc
  .record({ correctionId: fc.constantFrom('c-1', 'c-2'), correctedOn: day, court: fc.constantFrom('Court', 'Other Court'), text: fc.constantFrom('Must not', 'Must never') })
  .map(({ court, text, ...c }): OrderCommand => ({ type: 'CorrectRecord', orderId: ORDER_ID, reason: 'Typo', changes: { court, prohibitionTexts: [{ prohibitionId: 'p-1', text }] }, ...c }));

const clock: Actor = { userId: 'clock', role: 'system' };
const SYSTEM_COMMANDS = ['ExpireProhibitions', 'MarkNotificationOverdue', 'WarnOfExpiry', 'SupersedeOrder', 'EndInterimOrder'];

/** API.md roles: who may issue the command against the order as it stands. */
function mayAct(actor: Actor, command: OrderCommand, state: OrderState): boolean {
  if (SYSTEM_COMMANDS.includes(command.type)) return actor.role === 'system';
  if (actor.role !== 'order-manager') return false;
  switch (command.type) {
    case 'MakeOrder':
      return actor.force === command.owningForce;
    case 'RecordBreach':
      return actor.force === command.locationForce;
    case 'RecordNotification':
      return true;
    case 'RecordBreachOutcome':
      return state.status !== 'none' && state.breaches.some((b) => b.breachId === command.breachId && b.locationForce === actor.force);
    default:
      return state.status !== 'none' && actor.force === state.owningForce;
  }
}

function rightActor(command: OrderCommand, state: OrderState): Actor {
  if (SYSTEM_COMMANDS.includes(command.type)) return clock;
  if (command.type === 'MakeOrder') return managerOf(command.owningForce);
  if (command.type === 'RecordBreach') return managerOf(command.locationForce);
  if (command.type === 'RecordNotification') return managerOf('essex');
  if (state.status === 'none') return managerOf('kent');
  if (command.type === 'RecordBreachOutcome') return managerOf(state.breaches.find((b) => b.breachId === command.breachId)?.locationForce ?? 'kent');
  return managerOf(state.owningForce);
}

const someoneElse: fc.Arbitrary<Actor> = fc.constantFrom<Actor>(managerOf('sussex'), managerOf('kent'), clock, { userId: 'o', role: 'officer', force: 'kent' }, { userId: 'n', role: 'national' });

interface Step {
  command: OrderCommand;
  actor: Actor | null;
}
// Later commands are mostly dated within a few years of the order, sometimes anywhere.
const dayAfter = (madeOn: IsoDate) =>
  fc.oneof({ arbitrary: day, weight: 1 }, { arbitrary: fc.integer({ min: -10, max: 2500 }).map((n) => addDays(madeOn, n)), weight: 4 });
function command(madeOn: IsoDate): fc.Arbitrary<OrderCommand> {
  const near = dayAfter(madeOn);
  return fc.oneof(
    makeOrder,
    varyOrder(near),
    varyOrder(near),
    renewOrder(near),
    renewOrder(near),
    dischargeOrder(near),
    recordBreach(near),
    recordBreach(near),
    recordBreach(near),
    recordBreachOutcome(near),
    recordBreachOutcome(near),
    recordBreachOutcome(near),
    recordBreachOutcome(near),
    expireProhibitions(near),
    expireProhibitions(near),
    markOverdue(near),
    warnOfExpiry(near),
    lodgeAppeal(near),
    determineAppeal(near),
    determineAppeal(near),
    supersedeOrder(near),
    endInterim(near),
    transferOrder(near),
    recordNotification(near),
    surrender(near),
    giveBack(near),
    correct(near),
  );
}
const step = (madeOn: IsoDate): fc.Arbitrary<Step> =>
  fc.record({
    command: command(madeOn),
    actor: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: someoneElse, weight: 1 }),
  });
const history = makeOrder.chain((first) => {
  const madeOn = (first as { madeOn: IsoDate }).madeOn;
  return fc.array(step(madeOn), { maxLength: 16 }).map((rest): Step[] => [{ command: first, actor: null }, ...rest]);
});

interface Transition {
  actor: Actor;
  before: OrderState;
  command: OrderCommand;
  events: OrderEvent[];
  after: OrderState;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Runs the steps through decide and evolve, keeping the accepted ones; only DomainErrors may refuse. */
function run(steps: Step[]): { transitions: Transition[]; events: OrderEvent[]; state: OrderState } {
  let state: OrderState = initialState;
  const transitions: Transition[] = [];
  const events: OrderEvent[] = [];
  for (const { command, actor: chosen } of steps) {
    const actor = chosen ?? rightActor(command, state);
    let produced: OrderEvent[];
    try {
      produced = decide(command, deepFreeze(state), { actor, today: TODAY });
    } catch (error) {
      if (error instanceof DomainError) continue;
      throw error;
    }
    const after = produced.reduce((s, e) => deepFreeze(replay([e], s)), state);
    transitions.push({ actor, before: state, command, events: produced, after });
    events.push(...produced);
    state = after;
  }
  return { transitions, events, state };
}

const atLeast = (until: IsoDate | null, start: IsoDate, years: number) => until === null || compareDates(until, endOfPeriodBeginningWith(start, years)) >= 0;

/** The duration rule of the order type for a period running from `start` (R9, R10, R26, R35). */
function periodLawful(orderType: OrderType, until: IsoDate | null, start: IsoDate): boolean {
  if (until !== null && compareDates(until, start) <= 0) return false;
  switch (orderType) {
    case 'STPO':
    case 'NI_STPO':
      return atLeast(until, start, 5);
    case 'STRO':
      return atLeast(until, start, 2);
    case 'TEPO':
      return until !== null && atLeast(until, start, 5);
    default:
      return until !== null;
  }
}

/** Made lawfully, and every renewal lawful from its own day (R9, R10, R11 s18(3), R26, R35). */
function prohibitionLawful(orderType: OrderType, p: Prohibition): boolean {
  const original = p.renewals.length > 0 ? p.renewals[0]!.previousUntil : p.until;
  if (p.foreignTravel) {
    if (original === null || compareDates(original, p.startsOn) <= 0 || compareDates(original, endOfPeriodBeginningWith(p.startsOn, 5)) > 0) return false;
    return p.renewals.every(
      (r) => r.previousUntil !== null && r.until !== null && compareDates(r.until, r.previousUntil) > 0 && compareDates(r.until, endOfPeriodBeginningWith(addDays(r.previousUntil, 1), 5)) <= 0,
    );
  }
  if (!periodLawful(orderType, original, p.startsOn)) return false;
  return p.renewals.every((r) => r.previousUntil !== null && (r.until === null || compareDates(r.until, r.previousUntil) > 0) && periodLawful(orderType, r.until, r.renewedOn));
}

function durationsLawful(order: OrderInForceOrEnded): boolean {
  return order.prohibitions.every((p) => prohibitionLawful(order.orderType, p));
}

/** R22/R23: a discharge inside the bar had both consents, or left only foreign travel prohibitions (s20(7)). */
function dischargeLawful({ before, command }: Transition): boolean {
  if (command.type !== 'DischargeOrder' || before.status === 'none') return true;
  const lastDay = consentRequiredUntil(before.orderType, before.madeOn);
  if (lastDay === null || compareDates(command.dischargedOn, lastDay) > 0) return true;
  if (command.consent.subject && command.consent.chiefOfficer) return true;
  const inForce = prohibitionsInForceOn(before, command.dischargedOn);
  return inForce.length > 0 && inForce.every((p) => p.foreignTravel !== undefined);
}

function statusConsistent(state: OrderState): boolean {
  if (state.status === 'none') return true;
  const anyInForce = state.prohibitions.some((p) => p.status === 'in-force');
  const endingsLawful = state.prohibitions.every((p) => (p.status === 'in-force') === (p.endedOn === null));
  if (isOrderInForce(state)) return anyInForce && endingsLawful;
  return !anyInForce && endingsLawful;
}

/** Nothing changes the terms of an order that has ended, however it ended. */
function noChangeAfterEnd({ before, events }: Transition): boolean {
  if (before.status === 'none' || isOrderInForce(before)) return true;
  return events.every((e) => e.type !== 'OrderVaried' && e.type !== 'OrderRenewed' && !(e.type === 'AppealDetermined' && e.data.variation !== null) && e.type !== 'OrderSuperseded' && e.type !== 'OrderDischarged');
}

/** R32, R33: no accepted outcome gives a conditional discharge or more custody than the law allows. */
function penaltyLawful({ before, events }: Transition): boolean {
  return events.every((e) => {
    if (e.type !== 'BreachOutcomeRecorded' || e.data.sentence === null) return true;
    const s = e.data.sentence;
    if (e.data.outcome !== 'convicted' || s.kind === 'conditional-discharge') return false;
    if (s.kind !== 'custody' && s.kind !== 'suspended-custody') return true;
    const location = before.status === 'none' ? 'kent' : before.breaches.find((b) => b.breachId === e.data.breachId)?.locationForce;
    const summaryMaximum = location === 'police-scotland' ? 12 : DEFAULT_LEGAL_CONFIG.summaryMaximumCustodyMonths;
    return (s.months ?? 0) <= (s.court === 'crown' ? 60 : summaryMaximum);
  });
}

/**
 * An expiry warning is the only event of its command, for an order in force whose prohibitions all
 * have a last day (R14), of the latest of them, within the window, once a last day; it changes
 * nothing but the day warned of.
 */
function warningLawful({ before, command, events, after }: Transition): boolean {
  const warning = events.find((e): e is Extract<OrderEvent, { type: 'OrderExpiringSoon' }> => e.type === 'OrderExpiringSoon');
  if (!warning) return true;
  if (command.type !== 'WarnOfExpiry' || events.length !== 1 || !isOrderInForce(before)) return false;
  const { lastDay, warnedOn } = warning.data;
  const untils = before.prohibitions.filter((p) => p.status === 'in-force').map((p) => p.until);
  const endsOnLastDay = untils.every((until) => until !== null) && untils.some((until) => until === lastDay) && untils.every((until) => compareDates(until as IsoDate, lastDay) <= 0);
  const daysLeft = daysBetween(warnedOn, lastDay);
  const withinWindow = daysLeft >= 0 && daysLeft <= command.warningDays;
  const unchanged = JSON.stringify({ ...after, expiryWarnedFor: before.expiryWarnedFor }) === JSON.stringify(before);
  return endsOnLastDay && withinWindow && before.expiryWarnedFor !== lastDay && unchanged;
}

describe('decider laws (property)', () => {
  it('replaying the same events twice gives the same state, equal to the state built step by step', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const { events, state } = run(steps);
        const once = replay(events);
        const twice = replay(events);
        expect(twice).toEqual(once);
        expect(once).toEqual(state);
        expect(JSON.parse(JSON.stringify(once))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('no accepted history leaves a prohibition, or a renewal of one, shorter or longer than its order type allows (R9, R10, R11, R26, R35)', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const { transitions } = run(steps);
        return transitions.every(({ after }) => after.status === 'none' || durationsLawful(after));
      }),
      { numRuns: 500 },
    );
  });

  it('no accepted history discharges an STPO or STRO inside its bar without both consents (R22 s20(6)-(7), R23 s27(6))', () => {
    fc.assert(
      fc.property(history, (steps) => run(steps).transitions.every(dischargeLawful)),
      { numRuns: 500 },
    );
  });

  it('no quashed, superseded, discharged, ended or expired order later accepts a variation, renewal, supersession or discharge', () => {
    fc.assert(
      fc.property(history, (steps) => run(steps).transitions.every(noChangeAfterEnd)),
      { numRuns: 500 },
    );
  });

  it('an expiry warning is given only of the last day of an order in force that ends by its dates, within the window, once, and changes nothing else', () => {
    fc.assert(
      fc.property(history, (steps) => run(steps).transitions.every(warningLawful)),
      { numRuns: 500 },
    );
  });

  it('no accepted breach outcome breaks R32 or R33', () => {
    fc.assert(
      fc.property(history, (steps) => run(steps).transitions.every(penaltyLawful)),
      { numRuns: 500 },
    );
  });

  it('the status always agrees with the prohibitions (R14), and only an actor API.md permits changes anything', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const { transitions } = run(steps);
        return transitions.every(({ actor, before, command, after }) => mayAct(actor, command, before) && statusConsistent(after));
      }),
      { numRuns: 300 },
    );
  });

  it('the clock is idempotent: expiry, overdue and expiry-warning runs again the same day record nothing', () => {
    fc.assert(
      fc.property(history, day, (steps, today) => {
        const { state } = run(steps);
        if (state.status === 'none') return true;
        return (['ExpireProhibitions', 'MarkNotificationOverdue', 'WarnOfExpiry'] as const).every((type) => {
          const command = { type, orderId: ORDER_ID, today, warningDays: 28 } as OrderCommand;
          const first = decide(command, state, { actor: clock, today: TODAY });
          const after = replay(first, state);
          return decide(command, after, { actor: clock, today: TODAY }).length === 0;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a fair share of what it is given, including the later-life events, so the laws above are tested on real histories', () => {
    const samples = fc.sample(history, { numRuns: 2000, seed: 42 });
    const runs = samples.map(run);
    expect(runs.filter((r) => r.transitions.length >= 2).length).toBeGreaterThan(50);
    const seen = new Set(runs.flatMap((r) => r.events.map((e) => e.type)));
    for (const type of ['OrderRenewed', 'AppealLodged', 'AppealDetermined', 'OrderSuperseded', 'OwningForceChanged', 'NotificationReceived', 'BreachOutcomeRecorded', 'RecordCorrected', 'PassportsSurrendered', 'OrderExpiringSoon']) {
      expect(seen).toContain(type);
    }
  });

  // Focused laws: the random histories above reach renewals and breach outcomes only now and then,
  // so these drive many of them at one order whose state the command is built against.

  it('renewals built against the order as it stands never break R9, R10, R11 (five-year steps) or R35', () => {
    const intent = fc.record({
      pick: fc.nat(),
      after: fc.integer({ min: 0, max: 900 }),
      anchor: fc.constantFrom('current', 'renewal'),
      years: fc.constantFrom(1, 2, 5, 6),
      delta: fc.integer({ min: -2, max: 2 }),
      indefinite: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    });
    fc.assert(
      fc.property(makeOrder, fc.array(intent, { minLength: 1, maxLength: 6 }), (make, intents) => {
        let state = replay(safeDecide(make, initialState));
        if (state.status === 'none') return true;
        let renewedOn = state.madeOn;
        for (const i of intents) {
          if (!isOrderInForce(state)) break;
          const candidates = state.prohibitions.filter((p) => p.status === 'in-force' && p.until !== null);
          const target = candidates[i.pick % Math.max(candidates.length, 1)];
          if (!target) break;
          renewedOn = addDays(renewedOn, i.after);
          if (compareDates(renewedOn, TODAY) > 0) break;
          const base = i.anchor === 'current' ? addDays(target.until as IsoDate, 1) : renewedOn;
          const until = i.indefinite ? null : addDays(endOfPeriodBeginningWith(base, i.years), i.delta);
          const renewal: OrderCommand = { type: 'RenewOrder', orderId: ORDER_ID, court: 'Court', renewedOn, prohibitions: [{ prohibitionId: target.prohibitionId, until }] };
          state = replay(safeDecide(renewal, state), state);
        }
        return state.status === 'none' || durationsLawful(state);
      }),
      { numRuns: 500 },
    );
  });

  it('breach outcomes recorded one after another never break R32 or R33', () => {
    const base: OrderEvent[] = [orderMade(), breachRecorded('b-1', '2025-06-01'), breachRecorded('b-2', '2025-07-01', ['p-1'], 'police-scotland')];
    const outcome = fc.record({
      breachId: fc.constantFrom('b-1', 'b-2'),
      outcome: fc.constantFrom('charged', 'convicted', 'convicted', 'acquitted', 'no-further-action', 'cautioned'),
      decidedOn: fc.integer({ min: 0, max: 500 }).map((n) => addDays('2025-06-01', n)),
      sentence,
    });
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 1, maxLength: 6 }), (outcomes) => {
        let state = replay(base);
        const accepted: Transition[] = [];
        for (const { sentence: s, ...o } of outcomes) {
          const command: OrderCommand = { type: 'RecordBreachOutcome', orderId: ORDER_ID, ...o, ...(s ? { sentence: s } : {}) };
          const events = safeDecide(command, state);
          accepted.push({ actor: rightActor(command, state), before: state, command, events, after: replay(events, state) });
          state = replay(events, state);
        }
        return accepted.every(penaltyLawful);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The decider's events, or none when it refuses with a DomainError (any other error fails the test). */
function safeDecide(command: OrderCommand, state: OrderState): OrderEvent[] {
  try {
    return decide(command, deepFreeze(state), { actor: rightActor(command, state), today: TODAY });
  } catch (error) {
    if (error instanceof DomainError) return [];
    throw error;
  }
}
