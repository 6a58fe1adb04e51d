import type { IsoDate } from '../../dates/iso-date.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { as, clock, kent, makeOrder, ORDER_ID, orderMade, orderVaried, PEOPLE, prohibition, travelBan } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { WarnOfExpiry } from './warn-of-expiry.js';

// An STRO made 2024-03-11: p-1 to 2026-03-10 (its last day in force), p-2 a travel ban to 2025-09-01.
const fixed = orderMade(makeOrder({ orderType: 'STRO', madeOn: '2024-03-11', servedOn: null, prohibitions: [prohibition('p-1', '2026-03-10'), travelBan('p-2', '2025-09-01')] }));
const clockOn = (day: IsoDate) => as({ userId: 'clock', role: 'system' }, day);

function warn(today: IsoDate, warningDays = 28): WarnOfExpiry {
  return { type: 'WarnOfExpiry', orderId: ORDER_ID, today, warningDays };
}

function expiringSoon(lastDay: IsoDate, warnedOn: IsoDate): OrderEvent {
  return { type: 'OrderExpiringSoon', data: { orderId: ORDER_ID, lastDay, warnedOn } };
}

const renewed = (renewedOn: IsoDate, until: IsoDate | null): OrderEvent => ({
  type: 'OrderRenewed',
  data: { orderId: ORDER_ID, court: 'Medway Magistrates’ Court', renewedOn, prohibitions: [{ prohibitionId: 'p-1', previousUntil: '2026-03-10', until }] },
});

describe('WarnOfExpiry (R14, derived)', () => {
  describe('accepted', () => {
    it('warns 28 days before the last day in force', () => {
      given([fixed]).when(warn('2026-02-10'), clock).then([expiringSoon('2026-03-10', '2026-02-10')]);
    });

    it('records nothing 29 days before', () => {
      given([fixed]).when(warn('2026-02-09'), clock).then([]);
    });

    it('warns on the last day itself when the clock had not run before', () => {
      given([fixed]).when(warn('2026-03-10'), clock).then([expiringSoon('2026-03-10', '2026-03-10')]);
    });

    it('records nothing once the last day has passed: the order expires, it is not warned of', () => {
      given([fixed]).when(warn('2026-03-11'), clock).then([]);
    });

    it('records nothing once warned of that last day: idempotent', () => {
      given([fixed, expiringSoon('2026-03-10', '2026-02-10')]).when(warn('2026-03-01'), clock).then([]);
    });

    it('honours another warning period', () => {
      given([fixed]).when(warn('2026-01-09', 60), clock).then([expiringSoon('2026-03-10', '2026-01-09')]);
      given([fixed]).when(warn('2026-01-08', 60), clock).then([]);
      given([fixed]).when(warn('2026-03-09', 0), clock).then([]);
      given([fixed]).when(warn('2026-03-10', 0), clock).then([expiringSoon('2026-03-10', '2026-03-10')]);
    });

    it('after a renewal moves the last day, warns again only when the new last day comes near', () => {
      const history = [fixed, expiringSoon('2026-03-10', '2026-02-10'), renewed('2026-02-20', '2028-03-09')];
      given(history).when(warn('2026-03-01'), clock).then([]);
      given(history).when(warn('2028-02-09'), clockOn('2028-02-09')).then([]);
      given(history).when(warn('2028-02-10'), clockOn('2028-02-10')).then([expiringSoon('2028-03-09', '2028-02-10')]);
    });

    it('a renewal until further order means no warning at all', () => {
      given([fixed, renewed('2026-02-01', null)]).when(warn('2026-03-01'), clock).then([]);
    });

    it('a variation that removes the later prohibition brings the last day near: warned of the earlier one', () => {
      const two = orderMade(makeOrder({ prohibitions: [prohibition('p-1', '2026-12-01'), prohibition('p-2', '2030-03-09')] }));
      given([two]).when(warn('2026-11-20'), clock).then([]);
      given([two, orderVaried('2026-11-10', ['p-2'])]).when(warn('2026-11-20'), clock).then([expiringSoon('2026-12-01', '2026-11-20')]);
    });

    it('never warns of an order with a prohibition until further order, whatever its others', () => {
      const mixed = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), prohibition('p-2', '2026-03-10')] }));
      given([mixed]).when(warn('2026-03-01'), clock).then([]);
    });

    it('warns once the prohibition until further order is removed and the last fixed one comes near', () => {
      const mixed = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), prohibition('p-2', '2026-03-10')] }));
      given([mixed, orderVaried('2026-01-05', ['p-1'])]).when(warn('2026-03-01'), clock).then([expiringSoon('2026-03-10', '2026-03-01')]);
    });

    it('warns of an interim order at the end of its fixed period', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STRO', prohibitions: [prohibition('p-1', '2025-06-01')] }));
      given([interim]).when(warn('2025-05-20'), clock).then([expiringSoon('2025-06-01', '2025-05-20')]);
    });

    it('records nothing for an order discharged before its last day', () => {
      const discharged: OrderEvent = {
        type: 'OrderDischarged',
        data: { orderId: ORDER_ID, court: 'Medway Magistrates’ Court', dischargedOn: '2025-05-01', consent: { subject: true, chiefOfficer: true } },
      };
      given([fixed, discharged]).when(warn('2026-03-01'), clock).then([]);
    });

    it('records nothing for an order already expired', () => {
      const expired: OrderEvent[] = [
        { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-2', expiredOn: '2025-09-02' } },
        { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-1', expiredOn: '2026-03-11' } },
        { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2026-03-11' } },
      ];
      given([fixed, ...expired]).when(warn('2026-03-10'), clock).then([]);
    });
  });

  describe('refused', () => {
    it.each(PEOPLE.map((actor) => [actor.role, actor] as const))('issued by a %s: only the register itself warns of an expiry', (_role, actor) => {
      given([fixed]).when(warn('2026-02-10'), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager cannot warn by hand', () => {
      given([fixed]).when(warn('2026-02-10'), kent).thenRejects(NotPermitted);
    });

    it('the order is not on the register', () => {
      given([]).when(warn('2026-02-10'), clock).thenRejects(OrderNotFound);
    });

    it("a warning dated after the clock's today (date-in-future)", () => {
      given([fixed]).when(warn('2026-11-24'), clock).thenRejects(RuleViolation, 'date-in-future');
    });
  });
});
