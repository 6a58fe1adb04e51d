import type { OrderId } from '../order-id.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { AppealOutcome, OrderEvent } from '../events.js';
import type { PassportSurrenderTerms } from '../order-particulars.js';
import { replay } from '../evolve.js';
import { allCountriesBan, as, clock, kent, makeOrder, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade, orderVaried, prohibition, SURRENDER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { DetermineAppeal } from './determine-appeal.js';

// The default order: a Kent STPO made 2025-03-10 with p-1 (until further order) and p-2 (to 2030-03-09),
// appealed to the Court of Appeal on 2025-04-01.
const made = orderMade();
const appealed: OrderEvent = { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'appeal-1', court: 'Court of Appeal', lodgedOn: '2025-04-01' } };

function decide(outcome: AppealOutcome, overrides: Partial<DetermineAppeal> = {}): DetermineAppeal {
  return { type: 'DetermineAppeal', orderId: ORDER_ID, appealId: 'appeal-1', outcome, decidedOn: '2025-06-01' as const, ...overrides };
}

function determined(command: DetermineAppeal, passportSurrender: PassportSurrenderTerms | null = null): OrderEvent {
  const variation = command.variation
    ? { addedProhibitions: command.variation.addProhibitions, removedProhibitionIds: command.variation.removeProhibitionIds, passportSurrender }
    : null;
  return { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId: command.appealId, outcome: command.outcome, decidedOn: command.decidedOn, variation } };
}

describe('DetermineAppeal (R27-R29)', () => {
  describe('accepted', () => {
    it('dismissed: nothing else changes', () => {
      const command = decide('dismissed');
      const [event] = given([made, appealed]).when(command, kent).then([determined(command)]);
      expect(replay([made, appealed, event!])).toMatchObject({ status: 'active', court: 'Maidstone Crown Court' });
    });

    it('quashed: the order ends on the decision day, and keeps the court that made it (R29)', () => {
      const command = decide('quashed');
      const [event] = given([made, appealed]).when(command, kent).then([determined(command)]);
      expect(replay([made, appealed, event!])).toMatchObject({ status: 'quashed', quashedOn: '2025-06-01', quashedBy: 'Court of Appeal', court: 'Maidstone Crown Court' });
    });

    it('varied: prohibitions removed and added from the decision day, by the variation rules', () => {
      const command = decide('varied', { variation: { addProhibitions: [prohibition('p-3', '2030-05-31')], removeProhibitionIds: ['p-2'] } });
      given([made, appealed]).when(command, kent).then([determined(command)]);
    });

    it('varied on a day before an expiry already recorded, removing the last prohibition still in force: the order ends when the last one ended (R14)', () => {
      const old = orderMade(makeOrder({ madeOn: '2018-02-17' as const, servedOn: '2018-02-17', prohibitions: [prohibition('p-1', null), prohibition('p-2', '2023-02-18')] }));
      const lodged: OrderEvent = { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'appeal-1', court: 'Court of Appeal', lodgedOn: '2018-03-01' } };
      const expired: OrderEvent = { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-2', expiredOn: '2023-02-19' } };
      const command = decide('varied', { decidedOn: '2022-04-28' as const, variation: { addProhibitions: [], removeProhibitionIds: ['p-1'] } });
      const events = given([old, lodged, expired])
        .when(command, kent)
        .then([determined(command), { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2023-02-19' } }]);
      expect(replay([old, lodged, expired, ...events])).toMatchObject({ status: 'expired', expiredOn: '2023-02-19' });
    });

    it('varied to add an all-countries ban with its passport surrender (R12)', () => {
      const surrender = { ...SURRENDER, dueOn: '2025-06-08' as const };
      const command = decide('varied', { variation: { addProhibitions: [allCountriesBan('p-3', '2027-01-01')], removeProhibitionIds: [], passportSurrender: surrender } });
      given([made, appealed]).when(command, kent).then([determined(command, surrender)]);
    });

    it('dismissed after the order ended: the decision is still recorded', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-05-01', consent: { subject: true, chiefOfficer: true } } };
      const command = decide('dismissed');
      given([made, appealed, discharged]).when(command, kent).then([determined(command)]);
    });

    it('decided on the day it was lodged', () => {
      const command = decide('dismissed', { decidedOn: '2025-04-01' as const });
      given([made, appealed]).when(command, kent).then([determined(command)]);
    });
  });

  describe('refused: who may record it (API.md roles)', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('a %s', (_role, actor) => {
      given([made, appealed]).when(decide('dismissed'), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager of another force, and the clock', () => {
      given([made, appealed]).when(decide('dismissed'), as(managerOf('met'))).thenRejects(NotPermitted);
      given([made, appealed]).when(decide('dismissed'), clock).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order and the appeal', () => {
    it('the order is not on the register', () => {
      given([]).when(decide('dismissed'), kent).thenRejects(OrderNotFound);
    });

    it('an appeal the order does not have (unknown-appeal)', () => {
      given([made]).when(decide('dismissed'), kent).thenRejects(RuleViolation, 'unknown-appeal');
    });

    it('an appeal already determined (appeal-already-determined)', () => {
      const first = decide('dismissed');
      given([made, appealed, determined(first)]).when(decide('quashed', { decidedOn: '2025-07-01' as const }), kent).thenRejects(RuleViolation, 'appeal-already-determined');
    });

    it('an outcome the register does not know (unknown-appeal-outcome)', () => {
      given([made, appealed]).when(decide('remitted' as AppealOutcome), kent).thenRejects(RuleViolation, 'unknown-appeal-outcome');
    });

    it('quashing or varying an order no longer in force (order-not-in-force)', () => {
      const superseded: OrderEvent = { type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2025-05-01' } };
      given([made, appealed, superseded]).when(decide('quashed'), kent).thenRejects(RuleViolation, 'order-not-in-force');
      const variation = { addProhibitions: [], removeProhibitionIds: ['p-2'] };
      given([made, appealed, superseded]).when(decide('varied', { variation }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('quashing an order whose prohibitions had all run out by the decision day (order-not-in-force)', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-05-01')] }));
      given([interim, appealed]).when(decide('quashed'), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });

  describe('refused: dates', () => {
    it('decided after today (date-in-future)', () => {
      given([made, appealed]).when(decide('dismissed', { decidedOn: '2026-11-24' as const }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it('decided before it was lodged (date-before-appeal-lodged)', () => {
      given([made, appealed]).when(decide('dismissed', { decidedOn: '2025-03-31' as const }), kent).thenRejects(RuleViolation, 'date-before-appeal-lodged');
    });

    it('quashing or varying before the last variation (date-before-last-variation)', () => {
      given([made, appealed, orderVaried('2025-07-01', ['p-2'])]).when(decide('quashed'), kent).thenRejects(RuleViolation, 'date-before-last-variation');
    });
  });

  describe('refused: the variation', () => {
    it('varied without saying how (appeal-variation-missing)', () => {
      given([made, appealed]).when(decide('varied'), kent).thenRejects(RuleViolation, 'appeal-variation-missing');
    });

    it('dismissed or quashed with a variation (appeal-variation-unexpected)', () => {
      const variation = { addProhibitions: [], removeProhibitionIds: ['p-2'] };
      given([made, appealed]).when(decide('dismissed', { variation }), kent).thenRejects(RuleViolation, 'appeal-variation-unexpected');
      given([made, appealed]).when(decide('quashed', { variation }), kent).thenRejects(RuleViolation, 'appeal-variation-unexpected');
    });

    it('a variation that changes nothing, removes everything, or removes an unknown prohibition', () => {
      given([made, appealed]).when(decide('varied', { variation: { addProhibitions: [], removeProhibitionIds: [] } }), kent).thenRejects(RuleViolation, 'variation-changes-nothing');
      given([made, appealed])
        .when(decide('varied', { variation: { addProhibitions: [], removeProhibitionIds: ['p-1', 'p-2'] } }), kent)
        .thenRejects(RuleViolation, 'variation-removes-every-prohibition');
      const error = given([made, appealed]).when(decide('varied', { variation: { addProhibitions: [], removeProhibitionIds: ['p-9'] } }), kent).thenRejects(RuleViolation, 'unknown-prohibition');
      expect(error.field).toBe('variation.removeProhibitionIds[0]');
    });

    it('adding an STPO prohibition shorter than five years from the decision day (R9)', () => {
      const error = given([made, appealed])
        .when(decide('varied', { variation: { addProhibitions: [prohibition('p-3', '2030-05-30')], removeProhibitionIds: [] } }), kent)
        .thenRejects(RuleViolation, 'R9');
      expect(error.field).toBe('variation.addProhibitions[0].until');
    });

    it('passport surrender with no all-countries ban on an E&W order (R12)', () => {
      const variation = { addProhibitions: [prohibition('p-3', null)], removeProhibitionIds: [], passportSurrender: SURRENDER };
      given([made, appealed]).when(decide('varied', { variation }), kent).thenRejects(RuleViolation, 'R12');
    });
  });
});
