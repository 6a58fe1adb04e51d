import type { OrderId } from '../order-id.js';
import type { Actor } from '../../actors/actor.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { allCountriesBan, as, clock, kent, makeOrder, managerOf, ORDER_ID, orderMade, prohibition, SURRENDER, travelBan } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { VaryOrder } from './vary-order.js';

// The default order: an STPO made 2025-03-10 with p-1 (until further order) and p-2 (to 2030-03-09).
function vary(overrides: Partial<VaryOrder> = {}): VaryOrder {
  return {
    type: 'VaryOrder',
    orderId: ORDER_ID,
    court: 'Maidstone Crown Court',
    variedOn: '2026-06-01',
    addProhibitions: [],
    removeProhibitionIds: [],
    ...overrides,
  };
}

function varied(command: VaryOrder): OrderEvent {
  return {
    type: 'OrderVaried',
    data: {
      orderId: command.orderId,
      court: command.court,
      variedOn: command.variedOn,
      addedProhibitions: command.addProhibitions,
      removedProhibitionIds: command.removeProhibitionIds,
      passportSurrender: command.passportSurrender ?? null,
    },
  };
}

const made = orderMade();

describe('VaryOrder', () => {
  describe('accepted', () => {
    it('adds an STPO prohibition of exactly five years beginning with the variation day (R9, R40)', () => {
      const command = vary({ addProhibitions: [prohibition('p-3', '2031-05-31')] });
      given([made]).when(command, kent).then([varied(command)]);
    });

    it('dated before an expiry already recorded, removing the last prohibition still in force ends the order when the last one ended (R14)', () => {
      const old = orderMade(makeOrder({ madeOn: '2018-02-17' as const, servedOn: '2018-02-17', prohibitions: [prohibition('p-1', null), prohibition('p-2', '2023-02-18')] }));
      const expired: OrderEvent = { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-2', expiredOn: '2023-02-19' } };
      const command = vary({ variedOn: '2022-04-28', removeProhibitionIds: ['p-1'] });
      given([old, expired])
        .when(command, kent)
        .then([varied(command), { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2023-02-19' } }]);
    });

    it('removes one prohibition and keeps the other', () => {
      const command = vary({ removeProhibitionIds: ['p-2'] });
      given([made]).when(command, kent).then([varied(command)]);
    });

    it('adds and removes in one variation', () => {
      const command = vary({ addProhibitions: [prohibition('p-3', null)], removeProhibitionIds: ['p-1', 'p-2'] });
      given([made]).when(command, kent).then([varied(command)]);
    });

    it('adds a foreign travel prohibition of up to five years from the variation day (R11, s18(3))', () => {
      const command = vary({ addProhibitions: [travelBan('p-3', '2031-05-31')] });
      given([made]).when(command, kent).then([varied(command)]);
    });

    it('varies on the day the order was made, and on today', () => {
      const onMadeDay = vary({ variedOn: '2025-03-10', removeProhibitionIds: ['p-2'] });
      given([made]).when(onMadeDay, kent).then([varied(onMadeDay)]);
      const onToday = vary({ variedOn: '2026-11-23', removeProhibitionIds: ['p-2'] });
      given([made]).when(onToday, kent).then([varied(onToday)]);
    });

    it('varies again on the day of the last variation', () => {
      const first = vary({ addProhibitions: [prohibition('p-3', null)] });
      const second = vary({ removeProhibitionIds: ['p-3'] });
      given([made, varied(first)]).when(second, kent).then([varied(second)]);
    });

    it('adds a short fixed prohibition to an interim order (R26 has no minimum)', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2027-03-10')] }));
      const command = vary({ addProhibitions: [prohibition('p-2', '2026-09-01')] });
      given([interim]).when(command, kent).then([varied(command)]);
    });
  });

  describe('refused: who may vary it (API.md roles)', () => {
    const others: Actor[] = [
      { userId: 'u', role: 'officer', force: 'kent' },
      { userId: 'u', role: 'rocu', region: 'eastern' },
      { userId: 'u', role: 'national' },
      { userId: 'u', role: 'auditor' },
    ];
    it.each(others.map((actor) => [actor.role, actor] as const))('a %s may not vary an order', (_role, actor) => {
      given([made]).when(vary({ removeProhibitionIds: ['p-2'] }), as(actor)).thenRejects(NotPermitted);
    });

    it('the clock may not vary an order', () => {
      given([made]).when(vary({ removeProhibitionIds: ['p-2'] }), clock).thenRejects(NotPermitted);
    });

    it('an order manager of a force that does not own the order may not vary it', () => {
      given([made]).when(vary({ removeProhibitionIds: ['p-2'] }), as(managerOf('essex'))).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order', () => {
    it('is not on the register', () => {
      given([]).when(vary({ removeProhibitionIds: ['p-2'] }), kent).thenRejects(OrderNotFound);
    });

    it('has been discharged (order-not-in-force)', () => {
      const discharged: OrderEvent = {
        type: 'OrderDischarged',
        data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', dischargedOn: '2026-01-01', consent: { subject: true, chiefOfficer: true } },
      };
      given([made, discharged]).when(vary({ removeProhibitionIds: ['p-2'] }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('has expired (order-not-in-force)', () => {
      const historic = orderMade(makeOrder({ orderType: 'STRO', madeOn: '2016-01-04' as const, servedOn: null, prohibitions: [prohibition('p-1', '2018-01-03')] }));
      const expired: OrderEvent[] = [
        { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-1', expiredOn: '2018-01-04' } },
        { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2018-01-04' } },
      ];
      given([historic, ...expired]).when(vary({ variedOn: '2017-01-01', removeProhibitionIds: ['p-1'] }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('had run out by the variation day though the clock has not yet said so (order-not-in-force)', () => {
      const historic = orderMade(makeOrder({ orderType: 'STRO', madeOn: '2016-01-04' as const, servedOn: null, prohibitions: [prohibition('p-1', '2018-01-03')] }));
      given([historic]).when(vary({ variedOn: '2018-01-04', addProhibitions: [prohibition('p-2', null)] }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });

  describe('refused: dates', () => {
    it('a variation day after today (date-in-future)', () => {
      given([made]).when(vary({ variedOn: '2026-11-24', removeProhibitionIds: ['p-2'] }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it('a variation day before the order was made (date-before-order-made)', () => {
      given([made]).when(vary({ variedOn: '2025-03-09', removeProhibitionIds: ['p-2'] }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('a variation day before the last variation (date-before-last-variation)', () => {
      const first = vary({ addProhibitions: [prohibition('p-3', null)] });
      given([made, varied(first)]).when(vary({ variedOn: '2026-05-31', removeProhibitionIds: ['p-2'] }), kent).thenRejects(RuleViolation, 'date-before-last-variation');
    });
  });

  describe('refused: what it changes', () => {
    it('nothing (variation-changes-nothing)', () => {
      given([made]).when(vary(), kent).thenRejects(RuleViolation, 'variation-changes-nothing');
    });

    it('removes a prohibition the order does not have (unknown-prohibition)', () => {
      const error = given([made]).when(vary({ removeProhibitionIds: ['p-9'] }), kent).thenRejects(RuleViolation, 'unknown-prohibition');
      expect(error.field).toBe('removeProhibitionIds[0]');
    });

    it('removes a prohibition already removed (unknown-prohibition)', () => {
      const first = vary({ removeProhibitionIds: ['p-2'] });
      given([made, varied(first)]).when(vary({ removeProhibitionIds: ['p-2'] }), kent).thenRejects(RuleViolation, 'unknown-prohibition');
    });

    it('removes a prohibition that has expired (unknown-prohibition)', () => {
      const order = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2026-03-10')] }));
      const expired: OrderEvent = { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-2', expiredOn: '2026-03-11' } };
      given([order, expired]).when(vary({ removeProhibitionIds: ['p-2'] }), kent).thenRejects(RuleViolation, 'unknown-prohibition');
    });

    it('removes every prohibition and adds none — that is a discharge (variation-removes-every-prohibition)', () => {
      const error = given([made])
        .when(vary({ removeProhibitionIds: ['p-1', 'p-2'] }), kent)
        .thenRejects(RuleViolation, 'variation-removes-every-prohibition');
      expect(error.message).toMatch(/discharge/);
    });

    it('adds a prohibition with an id the order already uses, even a removed one (duplicate-prohibition-id)', () => {
      const first = vary({ removeProhibitionIds: ['p-2'] });
      given([made, varied(first)]).when(vary({ addProhibitions: [prohibition('p-2', null)] }), kent).thenRejects(RuleViolation, 'duplicate-prohibition-id');
    });

    it('adds two prohibitions with one id (duplicate-prohibition-id)', () => {
      given([made]).when(vary({ addProhibitions: [prohibition('p-3', null), prohibition('p-3', null)] }), kent).thenRejects(RuleViolation, 'duplicate-prohibition-id');
    });

    it('adds an STPO prohibition one day shorter than five years from the variation day (R9, s17(4))', () => {
      const error = given([made]).when(vary({ addProhibitions: [prohibition('p-3', '2031-05-30')] }), kent).thenRejects(RuleViolation, 'R9');
      expect(error.field).toBe('addProhibitions[0].until');
    });

    it('adds an STRO prohibition shorter than two years (R10, s24(4))', () => {
      const stro = orderMade(makeOrder({ orderType: 'STRO' }));
      given([stro]).when(vary({ addProhibitions: [prohibition('p-3', '2028-05-30')] }), kent).thenRejects(RuleViolation, 'R10');
    });

    it('adds a foreign travel prohibition longer than five years from the variation day (R11, s18(1))', () => {
      given([made]).when(vary({ addProhibitions: [travelBan('p-3', '2031-06-01')] }), kent).thenRejects(RuleViolation, 'R11');
    });

    it('adds a prohibition until further order to an interim order (R26)', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STRO', prohibitions: [prohibition('p-1', '2027-03-10')] }));
      given([interim]).when(vary({ addProhibitions: [prohibition('p-2', null)] }), kent).thenRejects(RuleViolation, 'R26');
    });

    it('adds a prohibition with no words (R8)', () => {
      given([made]).when(vary({ addProhibitions: [prohibition('p-3', null, { text: '' })] }), kent).thenRejects(RuleViolation, 'R8');
    });

    it('adds a prohibition ending on the variation day (until-not-after-start)', () => {
      given([made]).when(vary({ addProhibitions: [travelBan('p-3', '2026-06-01')] }), kent).thenRejects(RuleViolation, 'until-not-after-start');
    });
  });

  describe('passport surrender with a variation (R12)', () => {
    const surrender = { ...SURRENDER, dueOn: '2026-06-08' as const };

    it('accepted: a variation adding an all-countries ban records the surrender requirement', () => {
      const command = vary({ addProhibitions: [allCountriesBan('p-3', '2028-01-01')], passportSurrender: surrender });
      given([made]).when(command, kent).then([varied(command)]);
    });

    it('refused: a variation adding an all-countries ban without a surrender requirement (R12)', () => {
      const error = given([made]).when(vary({ addProhibitions: [allCountriesBan('p-3', '2028-01-01')] }), kent).thenRejects(RuleViolation, 'R12');
      expect(error.field).toBe('passportSurrender');
    });

    it('refused: surrender on an E&W order with no all-countries ban after the variation (R12)', () => {
      const error = given([made]).when(vary({ addProhibitions: [travelBan('p-3', '2028-01-01')], passportSurrender: surrender }), kent).thenRejects(RuleViolation, 'R12');
      expect(error.field).toBe('passportSurrender');
    });

    it('refused: surrender due before the variation day (R12)', () => {
      given([made]).when(vary({ addProhibitions: [allCountriesBan('p-3', '2028-01-01')], passportSurrender: { ...surrender, dueOn: '2026-05-31' as const } }), kent).thenRejects(RuleViolation, 'R12');
    });
  });

  describe('refused: an order ended by a decision (order-not-in-force)', () => {
    const endings: [string, OrderEvent[]][] = [
      ['superseded (R13)', [{ type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2026-01-01' } }]],
      [
        'quashed on appeal',
        [
          { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'a-1', court: 'Court of Appeal', lodgedOn: '2025-04-01' } },
          { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId: 'a-1', outcome: 'quashed', decidedOn: '2026-01-01' as const, variation: null } },
        ],
      ],
    ];
    it.each(endings)('%s', (_how, events) => {
      given([made, ...events]).when(vary({ removeProhibitionIds: ['p-2'] }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('an interim order ended when its main application was determined (R26)', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2027-03-10')] }));
      const ended: OrderEvent = { type: 'MainApplicationDetermined', data: { orderId: ORDER_ID, determinedBy: 'order-2' as OrderId, endedOn: '2026-01-01' } };
      given([interim, ended]).when(vary({ addProhibitions: [prohibition('p-2', '2026-09-01')] }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });
});
