import type { OrderId } from '../order-id.js';
import type { Actor } from '../../actors/actor.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { DEFAULT_LEGAL_CONFIG } from '../legal-config.js';
import type { OrderType } from '../order-type.js';
import { as, clock, kent, makeOrder, managerOf, ORDER_ID, orderMade, prohibition, TODAY, travelBan } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { DischargeOrder } from './discharge-order.js';

const noConsent = { subject: false, chiefOfficer: false };
const bothConsent = { subject: true, chiefOfficer: true };

function discharge(overrides: Partial<DischargeOrder> = {}): DischargeOrder {
  return { type: 'DischargeOrder', orderId: ORDER_ID, court: 'Maidstone Crown Court', dischargedOn: '2026-06-01', consent: noConsent, ...overrides };
}

function discharged(command: DischargeOrder): OrderEvent {
  const { type: _type, ...data } = command;
  return { type: 'OrderDischarged', data };
}

// An STPO made 2020-03-10: the R22 bar runs to 2025-03-09 (R40).
const stpo2020 = orderMade(makeOrder({ madeOn: '2020-03-10', servedOn: null, prohibitions: [prohibition('p-1', null)] }));
// An STRO made 2023-05-01: the R23 bar runs to 2025-04-30.
const stro2023 = orderMade(makeOrder({ orderType: 'STRO', madeOn: '2023-05-01', servedOn: null, prohibitions: [prohibition('p-1', null)] }));
const made = orderMade();

describe('DischargeOrder', () => {
  describe('accepted', () => {
    it('an STPO within five years with the consent of both the subject and the chief officer (R22, s20(6))', () => {
      const command = discharge({ consent: bothConsent });
      given([made]).when(command, kent).then([discharged(command)]);
    });

    it('an STPO on the first day after the five-year bar, without consent (R22, R40)', () => {
      const command = discharge({ dischargedOn: '2025-03-10' });
      given([stpo2020]).when(command, kent).then([discharged(command)]);
    });

    it('an STPO within five years without consent when all it still prohibits is foreign travel (R22, s20(7))', () => {
      const travelOnly = orderMade(makeOrder({ prohibitions: [travelBan('p-1', '2028-01-01')] }));
      const command = discharge();
      given([travelOnly]).when(command, kent).then([discharged(command)]);
    });

    it('an STPO whose other prohibitions were removed by variation, leaving only a travel ban (R22, s20(7))', () => {
      const order = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2028-01-01')] }));
      const variation: OrderEvent = {
        type: 'OrderVaried',
        data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', variedOn: '2026-01-10', addedProhibitions: [], removedProhibitionIds: ['p-1'], passportSurrender: null },
      };
      const command = discharge();
      given([order, variation]).when(command, kent).then([discharged(command)]);
    });

    it('an STRO on the first day after the two-year bar, without consent (R23, s27(6))', () => {
      const command = discharge({ dischargedOn: '2025-05-01' });
      given([stro2023]).when(command, kent).then([discharged(command)]);
    });

    it.each(['INTERIM_STPO', 'INTERIM_STRO', 'TEPO', 'NI_STPO'] as OrderType[])('an %s at any time without consent (no consent bar applies)', (orderType) => {
      const order = orderMade(makeOrder({ orderType, prohibitions: [prohibition('p-1', '2030-03-09')] }));
      const command = discharge();
      given([order]).when(command, kent).then([discharged(command)]);
    });

    it('on the day the order was made, with consent', () => {
      const command = discharge({ dischargedOn: '2025-03-10', consent: bothConsent });
      given([made]).when(command, kent).then([discharged(command)]);
    });
  });

  describe('refused: who may discharge it (API.md roles)', () => {
    const others: Actor[] = [
      { userId: 'u', role: 'officer', force: 'kent' },
      { userId: 'u', role: 'rocu', region: 'eastern' },
      { userId: 'u', role: 'national' },
      { userId: 'u', role: 'auditor' },
    ];
    it.each(others.map((actor) => [actor.role, actor] as const))('a %s may not discharge an order', (_role, actor) => {
      given([made]).when(discharge({ consent: bothConsent }), as(actor)).thenRejects(NotPermitted);
    });

    it('the clock may not discharge an order', () => {
      given([made]).when(discharge({ consent: bothConsent }), clock).thenRejects(NotPermitted);
    });

    it('an order manager of a force that does not own the order may not discharge it', () => {
      given([made]).when(discharge({ consent: bothConsent }), as(managerOf('met'))).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order', () => {
    it('is not on the register', () => {
      given([]).when(discharge(), kent).thenRejects(OrderNotFound);
    });

    it('is already discharged (order-not-in-force)', () => {
      const first = discharge({ consent: bothConsent });
      given([made, discharged(first)]).when(discharge({ dischargedOn: '2026-07-01', consent: bothConsent }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('has expired (order-not-in-force)', () => {
      const order = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-06-01')] }));
      const expiry: OrderEvent[] = [
        { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-1', expiredOn: '2025-06-02' } },
        { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2025-06-02' } },
      ];
      given([order, ...expiry]).when(discharge({ dischargedOn: '2025-05-01' }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('had run out by the discharge day though the clock has not yet said so (order-not-in-force)', () => {
      const order = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-06-01')] }));
      given([order]).when(discharge({ dischargedOn: '2025-06-02' }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });

  describe('refused: dates', () => {
    it('a discharge day after today (date-in-future)', () => {
      given([made]).when(discharge({ dischargedOn: '2026-11-24', consent: bothConsent }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it('a discharge day before the order was made (date-before-order-made)', () => {
      given([made]).when(discharge({ dischargedOn: '2025-03-09', consent: bothConsent }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('a discharge day before the last variation (date-before-last-variation)', () => {
      const variation: OrderEvent = {
        type: 'OrderVaried',
        data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', variedOn: '2026-07-01', addedProhibitions: [], removedProhibitionIds: ['p-2'], passportSurrender: null },
      };
      given([made, variation]).when(discharge({ consent: bothConsent }), kent).thenRejects(RuleViolation, 'date-before-last-variation');
    });
  });

  describe('refused: consent (R22, R23)', () => {
    it('an STPO on the last day of the five-year bar without consent (R22, s20(6), R40)', () => {
      const error = given([stpo2020]).when(discharge({ dischargedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'R22');
      expect(error.message).toMatch(/^An STPO cannot be discharged within five years of being made without the consent of the subject and the chief officer \(s20\(6\)\)\./);
      expect(error.field).toBe('consent');
    });

    it('an STPO within five years with only the subject consenting (R22)', () => {
      given([made]).when(discharge({ consent: { subject: true, chiefOfficer: false } }), kent).thenRejects(RuleViolation, 'R22');
    });

    it('an STPO within five years with only the chief officer consenting (R22)', () => {
      given([made]).when(discharge({ consent: { subject: false, chiefOfficer: true } }), kent).thenRejects(RuleViolation, 'R22');
    });

    it('an STPO with a travel ban and another prohibition still in force, without consent (R22: s20(7) does not apply)', () => {
      const order = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2028-01-01')] }));
      given([order]).when(discharge(), kent).thenRejects(RuleViolation, 'R22');
    });

    it('an STPO made on 29 February, on the last day of its bar (28 February five years on) without consent (R22, R40)', () => {
      const leap = orderMade(makeOrder({ madeOn: '2020-02-29', servedOn: null, prohibitions: [prohibition('p-1', null)] }));
      given([leap]).when(discharge({ dischargedOn: '2025-02-28' }), kent).thenRejects(RuleViolation, 'R22');
      const nextDay = discharge({ dischargedOn: '2025-03-01' });
      given([leap]).when(nextDay, kent).then([discharged(nextDay)]);
    });

    it('an STRO on the last day of the two-year bar without consent (R23, s27(6))', () => {
      const error = given([stro2023]).when(discharge({ dischargedOn: '2025-04-30' }), kent).thenRejects(RuleViolation, 'R23');
      expect(error.message).toMatch(/s27\(6\)/);
    });
  });

  describe('configured points of law (docs/legal-review.md)', () => {
    const niStpo = orderMade(makeOrder({ orderType: 'NI_STPO', madeOn: '2023-05-01', servedOn: null, prohibitions: [prohibition('p-1', null)] }));

    it('an NI STPO inside five years without consent is refused when r22AppliesTo names it (R22)', () => {
      const context = as(managerOf('kent'), TODAY, { ...DEFAULT_LEGAL_CONFIG, r22AppliesTo: ['STPO', 'NI_STPO'] });
      given([niStpo]).when(discharge(), context).thenRejects(RuleViolation, 'R22');
    });

    it('an NI STPO inside five years without consent is accepted by default (R22 applies to STPO only)', () => {
      given([niStpo]).when(discharge(), kent).then([discharged(discharge())]);
    });

    it('an STRO left with only a travel ban is accepted by default, refused when r23ForeignTravelOnlyException is off (R23)', () => {
      const travelOnly = orderMade(makeOrder({ orderType: 'STRO', prohibitions: [travelBan('p-1', '2028-01-01')] }));
      given([travelOnly]).when(discharge(), kent).then([discharged(discharge())]);
      const strict = as(managerOf('kent'), TODAY, { ...DEFAULT_LEGAL_CONFIG, r23ForeignTravelOnlyException: false });
      given([travelOnly]).when(discharge(), strict).thenRejects(RuleViolation, 'R23');
    });
  });

  describe('refused: an order ended by a decision (order-not-in-force)', () => {
    it('superseded (R13)', () => {
      const superseded: OrderEvent = { type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2026-01-01' } };
      given([made, superseded]).when(discharge({ consent: bothConsent }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('quashed on appeal', () => {
      const quash: OrderEvent[] = [
        { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'a-1', court: 'Court of Appeal', lodgedOn: '2025-04-01' } },
        { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId: 'a-1', outcome: 'quashed', decidedOn: '2026-01-01', variation: null } },
      ];
      given([made, ...quash]).when(discharge({ consent: bothConsent }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });
});
