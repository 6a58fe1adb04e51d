import fc from 'fast-check';
import type { Actor } from '../actors/actor.js';
import { addDays, compareDates, endOfPeriodBeginningWith, type IsoDate } from '../dates/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { decide } from './decide.js';
import type { OrderEvent } from './events.js';
import { replay } from './evolve.js';
import type { OrderCommand } from './order-command.js';
import { ORDER_TYPES } from './order-type.js';
import type { ProhibitionTerms } from './prohibition-terms.js';
import { prohibitionsInForceOn } from './queries/prohibitions-in-force-on.js';
import { consentRequiredUntil } from './rules/consent-bar.js';
import { initialState, isOrderInForce, type OrderInForceOrEnded, type OrderState } from './state.js';
import { managerOf, ORDER_ID, subject, TODAY } from './testing/fixtures.js';

// Random command histories run through the real decider: whatever it accepts must leave an order
// the law allows. Dates cluster around the statutory boundaries so the edges are exercised.

const FIRST_DAY = '2015-07-31';
const day = fc.integer({ min: 0, max: 4133 }).map((n) => addDays(FIRST_DAY, n));
const prohibitionId = fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6');

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

// Orders are made early in the range so that later commands mostly fall within their lives.
const madeDay = fc.integer({ min: 0, max: 2000 }).map((n) => addDays(FIRST_DAY, n));
const makeOrder = madeDay.chain((madeOn) =>
  fc.record({
    orderType: fc.constantFrom(...ORDER_TYPES),
    prohibitions: fc.uniqueArray(termsFrom(madeOn), { minLength: 1, maxLength: 3, selector: (terms) => terms.prohibitionId }),
  }).map((c): OrderCommand => ({ type: 'MakeOrder', orderId: ORDER_ID, owningForce: 'kent', court: 'Court', madeOn, servedOn: null, subject, ...c })),
);
const varyOrder = day.chain((variedOn) =>
  fc.record({
    addProhibitions: fc.array(termsFrom(variedOn), { maxLength: 2 }),
    removeProhibitionIds: fc.uniqueArray(prohibitionId, { maxLength: 2 }),
  }).map((c): OrderCommand => ({ type: 'VaryOrder', orderId: ORDER_ID, court: 'Court', variedOn, ...c })),
);
const dischargeOrder = fc
  .record({ dischargedOn: day, subject: fc.boolean(), chiefOfficer: fc.boolean() })
  .map(({ dischargedOn, ...consent }): OrderCommand => ({ type: 'DischargeOrder', orderId: ORDER_ID, court: 'Court', dischargedOn, consent }));
const recordBreach = fc
  .record({ breachId: fc.constantFrom('b-1', 'b-2', 'b-3'), occurredOn: day, prohibitionIds: fc.uniqueArray(prohibitionId, { minLength: 1, maxLength: 2 }) })
  .map((c): OrderCommand => ({ type: 'RecordBreach', orderId: ORDER_ID, locationForce: 'kent', description: 'Seen', ...c }));
const expireProhibitions = day.map((today): OrderCommand => ({ type: 'ExpireProhibitions', orderId: ORDER_ID, today }));

const clock: Actor = { userId: 'clock', role: 'system' };
const someoneElse: fc.Arbitrary<Actor> = fc.constantFrom<Actor>(managerOf('sussex'), { userId: 'o', role: 'officer', force: 'kent' }, { userId: 'n', role: 'national' });
const rightActor = (command: OrderCommand): Actor => (command.type === 'ExpireProhibitions' ? clock : managerOf('kent'));

interface Step {
  command: OrderCommand;
  actor: Actor | null;
}
const step: fc.Arbitrary<Step> = fc.record({
  command: fc.oneof(makeOrder, varyOrder, varyOrder, dischargeOrder, recordBreach, recordBreach, expireProhibitions, expireProhibitions),
  actor: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: someoneElse, weight: 1 }),
});
const history = fc.tuple(makeOrder, fc.array(step, { maxLength: 12 })).map(([first, rest]): Step[] => [{ command: first, actor: null }, ...rest]);

interface Transition {
  byRightActor: boolean;
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
  for (const { command, actor } of steps) {
    let produced: OrderEvent[];
    try {
      produced = decide(command, deepFreeze(state), { actor: actor ?? rightActor(command), today: TODAY });
    } catch (error) {
      if (error instanceof DomainError) continue;
      throw error;
    }
    const after = produced.reduce((s, e) => deepFreeze(replayOne(s, e)), state);
    transitions.push({ byRightActor: actor === null, before: state, command, events: produced, after });
    events.push(...produced);
    state = after;
  }
  return { transitions, events, state };
}

function replayOne(state: OrderState, event: OrderEvent): OrderState {
  return replay([event], state);
}

/** Every prohibition on the order obeys the duration rule of its order type (R9, R10, R11, R26, R35). */
function durationsLawful(order: OrderInForceOrEnded): boolean {
  return order.prohibitions.every((p) => {
    const atLeast = (years: number) => p.until === null || compareDates(p.until, endOfPeriodBeginningWith(p.startsOn, years)) >= 0;
    if (p.until !== null && compareDates(p.until, p.startsOn) <= 0) return false;
    if (p.foreignTravel) return p.until !== null && compareDates(p.until, endOfPeriodBeginningWith(p.startsOn, 5)) <= 0;
    switch (order.orderType) {
      case 'STPO':
      case 'NI_STPO':
        return atLeast(5);
      case 'STRO':
        return atLeast(2);
      case 'TEPO':
        return p.until !== null && atLeast(5);
      default:
        return p.until !== null;
    }
  });
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

  it('no accepted history leaves a prohibition shorter or longer than its order type allows (R9, R10, R11, R26, R35)', () => {
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

  it('the status always agrees with the prohibitions (R14), and only the right actor changes anything', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const { transitions } = run(steps);
        return transitions.every(({ after, byRightActor }) => byRightActor && statusConsistent(after));
      }),
      { numRuns: 300 },
    );
  });

  it('an expiry run is idempotent: running it again the same day records nothing', () => {
    fc.assert(
      fc.property(history, day, (steps, today) => {
        const { state } = run(steps);
        if (state.status === 'none') return true;
        const command: OrderCommand = { type: 'ExpireProhibitions', orderId: ORDER_ID, today };
        const first = decide(command, state, { actor: clock, today: TODAY });
        const after = replay(first, state);
        return decide(command, after, { actor: clock, today: TODAY }).length === 0;
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a fair share of what it is given, so the laws above are tested on real histories', () => {
    const samples = fc.sample(history, { numRuns: 300, seed: 42 });
    const accepted = samples.map((steps) => run(steps).transitions.length);
    expect(accepted.filter((n) => n >= 2).length).toBeGreaterThan(50);
  });
});
