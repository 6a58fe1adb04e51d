import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { DEFAULT_LEGAL_CONFIG } from '../legal-config.js';
import type { OrderType } from '../order-type.js';
import { as, clock, kent, makeOrder, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade, orderVaried, prohibition, TODAY, travelBan } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RenewOrder } from './renew-order.js';

// The default order: a Kent STPO made 2025-03-10 with p-1 (until further order) and p-2 (to 2030-03-09).
const made = orderMade();
const court = 'Maidstone Crown Court';

function renew(prohibitions: RenewOrder['prohibitions'], overrides: Partial<RenewOrder> = {}): RenewOrder {
  return { type: 'RenewOrder', orderId: ORDER_ID, court, renewedOn: '2026-06-01', prohibitions, ...overrides };
}

function renewed(command: RenewOrder, previous: Record<string, IsoDate | null>): OrderEvent {
  return {
    type: 'OrderRenewed',
    data: {
      orderId: ORDER_ID,
      court: command.court,
      renewedOn: command.renewedOn,
      prohibitions: command.prohibitions.map(({ prohibitionId, until }) => ({ prohibitionId, previousUntil: previous[prohibitionId] ?? null, until })),
    },
  };
}

function orderOf(orderType: OrderType, ...prohibitions: ReturnType<typeof prohibition>[]): OrderEvent {
  const owningForce = 'kent';
  return orderMade(makeOrder({ orderType, owningForce, prohibitions }));
}

const ended: Record<string, OrderEvent[]> = {
  discharged: [{ type: 'OrderDischarged', data: { orderId: ORDER_ID, court, dischargedOn: '2026-01-01', consent: { subject: true, chiefOfficer: true } } }],
  superseded: [{ type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2026-01-01' } }],
  quashed: [
    { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'a-1', court: 'Court of Appeal', lodgedOn: '2025-05-01' } },
    { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId: 'a-1', outcome: 'quashed', decidedOn: '2026-01-01', variation: null } },
  ],
};

describe('RenewOrder (s20, s27)', () => {
  describe('accepted', () => {
    it('an STPO prohibition to exactly five years beginning with the renewal day (R9 measured from renewedOn, R40)', () => {
      const command = renew([{ prohibitionId: 'p-2', until: '2031-05-31' }]);
      given([made]).when(command, kent).then([renewed(command, { 'p-2': '2030-03-09' })]);
    });

    it('an STPO prohibition renewed until further order', () => {
      const command = renew([{ prohibitionId: 'p-2', until: null }]);
      given([made]).when(command, kent).then([renewed(command, { 'p-2': '2030-03-09' })]);
    });

    it('an STRO prohibition to two years from the renewal day (R10)', () => {
      const command = renew([{ prohibitionId: 'p-1', until: '2028-05-31' }]);
      given([orderOf('STRO', prohibition('p-1', '2027-03-09'))]).when(command, kent).then([renewed(command, { 'p-1': '2027-03-09' })]);
    });

    it('an NI STPO prohibition to five years from the renewal day (R9)', () => {
      const command = renew([{ prohibitionId: 'p-1', until: '2031-05-31' }]);
      given([orderOf('NI_STPO', prohibition('p-1', '2030-03-09'))]).when(command, kent).then([renewed(command, { 'p-1': '2030-03-09' })]);
    });

    it('a foreign travel prohibition by exactly five more years from the day after it would have ended (R11, s18(3))', () => {
      const command = renew([{ prohibitionId: 'p-3', until: '2031-03-10' }], { renewedOn: '2026-01-05' });
      given([orderOf('STPO', prohibition('p-1', null), travelBan('p-3', '2026-03-10'))]).when(command, kent).then([renewed(command, { 'p-3': '2026-03-10' })]);
    });

    it('a foreign travel prohibition by a short step, with no minimum (R11)', () => {
      const command = renew([{ prohibitionId: 'p-3', until: '2026-09-10' }], { renewedOn: '2026-01-05' });
      given([orderOf('STRO', travelBan('p-3', '2026-03-10'))]).when(command, kent).then([renewed(command, { 'p-3': '2026-03-10' })]);
    });

    it('an interim order for a further fixed period, with no minimum (R26)', () => {
      const command = renew([{ prohibitionId: 'p-1', until: '2026-07-01' }]);
      given([orderOf('INTERIM_STPO', prohibition('p-1', '2026-06-15'))]).when(command, kent).then([renewed(command, { 'p-1': '2026-06-15' })]);
    });

    it('a TEPO prohibition to five years from the renewal day (R35)', () => {
      const command = renew([{ prohibitionId: 'p-1', until: '2031-05-31' }]);
      given([orderOf('TEPO', prohibition('p-1', '2030-03-09'))]).when(command, kent).then([renewed(command, { 'p-1': '2030-03-09' })]);
    });

    it('a TERO prohibition for a short period when no TERO minimum is configured (R35, unverified)', () => {
      const command = renew([{ prohibitionId: 'p-1', until: '2026-12-31' }]);
      given([orderOf('TERO', prohibition('p-1', '2026-07-01'))]).when(command, kent).then([renewed(command, { 'p-1': '2026-07-01' })]);
    });

    it('several prohibitions at once, on today, and again on the day of the last renewal', () => {
      const order = orderOf('STPO', prohibition('p-1', '2030-03-09'), prohibition('p-2', '2030-03-09'));
      const first = renew([{ prohibitionId: 'p-1', until: null }, { prohibitionId: 'p-2', until: '2031-11-22' }], { renewedOn: TODAY });
      given([order]).when(first, kent).then([renewed(first, { 'p-1': '2030-03-09', 'p-2': '2030-03-09' })]);
      const second = renew([{ prohibitionId: 'p-2', until: null }], { renewedOn: TODAY });
      given([order, renewed(first, { 'p-1': '2030-03-09', 'p-2': '2030-03-09' })]).when(second, kent).then([renewed(second, { 'p-2': '2031-11-22' })]);
    });
  });

  describe('refused: who may renew it (API.md roles)', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('a %s may not renew an order', (_role, actor) => {
      given([made]).when(renew([{ prohibitionId: 'p-2', until: null }]), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager of a force that does not own the order', () => {
      given([made]).when(renew([{ prohibitionId: 'p-2', until: null }]), as(managerOf('essex'))).thenRejects(NotPermitted);
    });

    it('the clock', () => {
      given([made]).when(renew([{ prohibitionId: 'p-2', until: null }]), clock).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order', () => {
    it('is not on the register', () => {
      given([]).when(renew([{ prohibitionId: 'p-2', until: null }]), kent).thenRejects(OrderNotFound);
    });

    it.each(Object.keys(ended))('has been %s (order-not-in-force)', (how) => {
      given([made, ...ended[how]!]).when(renew([{ prohibitionId: 'p-2', until: null }]), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('had run out by the renewal day though the clock has not yet said so (order-not-in-force)', () => {
      const command = renew([{ prohibitionId: 'p-1', until: '2026-09-01' }]);
      given([orderOf('INTERIM_STRO', prohibition('p-1', '2026-05-31'))]).when(command, kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });

  describe('refused: dates', () => {
    it('a renewal day after today (date-in-future)', () => {
      given([made]).when(renew([{ prohibitionId: 'p-2', until: null }], { renewedOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it('a renewal day before the order was made (date-before-order-made)', () => {
      given([made]).when(renew([{ prohibitionId: 'p-2', until: null }], { renewedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('a renewal day before the last variation (date-before-last-variation)', () => {
      given([made, orderVaried('2026-07-01', [], [prohibition('p-3', null)])])
        .when(renew([{ prohibitionId: 'p-2', until: null }]), kent)
        .thenRejects(RuleViolation, 'date-before-last-variation');
    });
  });

  describe('refused: what it renews', () => {
    it('nothing (renewal-changes-nothing)', () => {
      given([made]).when(renew([]), kent).thenRejects(RuleViolation, 'renewal-changes-nothing');
    });

    it('the same prohibition twice (duplicate-prohibition-id)', () => {
      given([made]).when(renew([{ prohibitionId: 'p-2', until: null }, { prohibitionId: 'p-2', until: null }]), kent).thenRejects(RuleViolation, 'duplicate-prohibition-id');
    });

    it('a prohibition the order does not have (unknown-prohibition)', () => {
      const error = given([made]).when(renew([{ prohibitionId: 'p-9', until: null }]), kent).thenRejects(RuleViolation, 'unknown-prohibition');
      expect(error.field).toBe('prohibitions[0].prohibitionId');
    });

    it('a prohibition removed by variation (prohibition-not-in-force)', () => {
      given([made, orderVaried('2026-01-01', ['p-2'])]).when(renew([{ prohibitionId: 'p-2', until: null }]), kent).thenRejects(RuleViolation, 'prohibition-not-in-force');
    });

    it('a prohibition whose period ran out before the renewal day (prohibition-not-in-force)', () => {
      const order = orderOf('STPO', prohibition('p-1', null), travelBan('p-3', '2026-03-10'));
      given([order]).when(renew([{ prohibitionId: 'p-3', until: '2027-01-01' }]), kent).thenRejects(RuleViolation, 'prohibition-not-in-force');
    });

    it('a prohibition already until further order (renewal-not-later)', () => {
      given([made]).when(renew([{ prohibitionId: 'p-1', until: null }]), kent).thenRejects(RuleViolation, 'renewal-not-later');
    });

    it('to its current last day or earlier (renewal-not-later)', () => {
      given([made]).when(renew([{ prohibitionId: 'p-2', until: '2030-03-09' }]), kent).thenRejects(RuleViolation, 'renewal-not-later');
      given([made]).when(renew([{ prohibitionId: 'p-2', until: '2029-01-01' }], { renewedOn: '2026-06-01' }), kent).thenRejects(RuleViolation, 'renewal-not-later');
    });

    it('an STPO prohibition to one day short of five years from the renewal day (R9)', () => {
      const order = orderOf('STPO', prohibition('p-1', '2030-03-09'));
      const error = given([order]).when(renew([{ prohibitionId: 'p-1', until: '2031-05-30' }]), kent).thenRejects(RuleViolation, 'R9');
      expect(error.field).toBe('prohibitions[0].until');
    });

    it('an STRO prohibition to one day short of two years from the renewal day (R10)', () => {
      given([orderOf('STRO', prohibition('p-1', '2027-03-09'))]).when(renew([{ prohibitionId: 'p-1', until: '2028-05-30' }]), kent).thenRejects(RuleViolation, 'R10');
    });

    it('a foreign travel prohibition by more than five years at a time (R11, s18(3))', () => {
      const order = orderOf('STPO', prohibition('p-1', null), travelBan('p-3', '2026-03-10'));
      const error = given([order]).when(renew([{ prohibitionId: 'p-3', until: '2031-03-11' }], { renewedOn: '2026-01-05' }), kent).thenRejects(RuleViolation, 'R11');
      expect(error.message).toMatch(/2031-03-10/);
    });

    it('a foreign travel prohibition until further order (R11)', () => {
      const order = orderOf('STPO', prohibition('p-1', null), travelBan('p-3', '2026-03-10'));
      given([order]).when(renew([{ prohibitionId: 'p-3', until: null }], { renewedOn: '2026-01-05' }), kent).thenRejects(RuleViolation, 'R11');
    });

    it.each(['INTERIM_STPO', 'INTERIM_STRO', 'INTERIM_TEPO', 'INTERIM_TERO', 'NI_INTERIM_STPO'] as OrderType[])('an %s until further order (R26)', (orderType) => {
      given([orderOf(orderType, prohibition('p-1', '2026-09-01'))]).when(renew([{ prohibitionId: 'p-1', until: null }]), kent).thenRejects(RuleViolation, 'R26');
    });

    it.each(['TEPO', 'TERO'] as OrderType[])('a %s until further order (R35)', (orderType) => {
      given([orderOf(orderType, prohibition('p-1', '2030-03-09'))]).when(renew([{ prohibitionId: 'p-1', until: null }]), kent).thenRejects(RuleViolation, 'R35');
    });

    it('a TEPO prohibition to less than five years from the renewal day (R35)', () => {
      given([orderOf('TEPO', prohibition('p-1', '2030-03-09'))]).when(renew([{ prohibitionId: 'p-1', until: '2031-05-30' }]), kent).thenRejects(RuleViolation, 'R35');
    });

    it('a TERO prohibition shorter than a configured TERO minimum (R35, teroMinimumYears)', () => {
      const context = as(managerOf('kent'), TODAY, { ...DEFAULT_LEGAL_CONFIG, teroMinimumYears: 2 });
      given([orderOf('TERO', prohibition('p-1', '2026-07-01'))]).when(renew([{ prohibitionId: 'p-1', until: '2026-12-31' }]), context).thenRejects(RuleViolation, 'R35');
    });
  });
});
