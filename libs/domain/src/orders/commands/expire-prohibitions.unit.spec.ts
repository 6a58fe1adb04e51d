import type { IsoDate } from '../../dates/iso-date.js';
import type { Actor } from '../../actors/actor.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { as, clock, kent, makeOrder, ORDER_ID, orderMade, prohibition, travelBan } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { ExpireProhibitions } from './expire-prohibitions.js';

function expire(today: IsoDate): ExpireProhibitions {
  return { type: 'ExpireProhibitions', orderId: ORDER_ID, today };
}

function prohibitionExpired(prohibitionId: string, expiredOn: IsoDate): OrderEvent {
  return { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId, expiredOn } };
}

function orderExpired(expiredOn: IsoDate): OrderEvent {
  return { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn } };
}

// An STPO made 2025-03-10: p-1 until further order, p-2 a travel ban to 2026-03-10, p-3 to 2030-03-09.
const mixed = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2026-03-10'), prohibition('p-3', '2030-03-09')] }));
// An STRO made 2016-01-04 whose prohibitions ran out in 2018 and 2019: entered with historic dates.
const historic = orderMade(
  makeOrder({ orderType: 'STRO', madeOn: '2016-01-04', servedOn: null, prohibitions: [prohibition('p-2', '2019-02-01'), prohibition('p-1', '2018-01-03')] }),
);

describe('ExpireProhibitions (R14)', () => {
  describe('accepted', () => {
    it('expires a fixed prohibition the day after its last day, and keeps the order in force', () => {
      given([mixed]).when(expire('2026-03-11'), clock).then([prohibitionExpired('p-2', '2026-03-11')]);
    });

    it('does nothing on the last day of the prohibition', () => {
      given([mixed]).when(expire('2026-03-10'), clock).then([]);
    });

    it('is idempotent: nothing is due once the expiry is recorded', () => {
      given([mixed, prohibitionExpired('p-2', '2026-03-11')]).when(expire('2026-11-23'), clock).then([]);
    });

    it('never expires a prohibition until further order', () => {
      const indefinite = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null)] }));
      given([indefinite]).when(expire('2026-11-23'), clock).then([]);
    });

    it('expires every prohibition of a historically entered order, oldest first, then the order on the day after the last', () => {
      given([historic])
        .when(expire('2026-11-23'), clock)
        .then([prohibitionExpired('p-1', '2018-01-04'), prohibitionExpired('p-2', '2019-02-02'), orderExpired('2019-02-02')]);
    });

    it('expires the order when its last fixed prohibition runs out after the others were removed', () => {
      const order = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2026-03-10')] }));
      const removal: OrderEvent = {
        type: 'OrderVaried',
        data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', variedOn: '2025-09-01', addedProhibitions: [], removedProhibitionIds: ['p-1'], passportSurrender: null },
      };
      given([order, removal]).when(expire('2026-03-11'), clock).then([prohibitionExpired('p-2', '2026-03-11'), orderExpired('2026-03-11')]);
    });

    it('expires an interim order at the end of its fixed period', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STRO', prohibitions: [prohibition('p-1', '2025-06-01')] }));
      given([interim]).when(expire('2025-06-02'), clock).then([prohibitionExpired('p-1', '2025-06-02'), orderExpired('2025-06-02')]);
    });

    it('does nothing for an order already expired', () => {
      given([historic, prohibitionExpired('p-1', '2018-01-04'), prohibitionExpired('p-2', '2019-02-02'), orderExpired('2019-02-02')])
        .when(expire('2026-11-23'), clock)
        .then([]);
    });

    it('does nothing for a discharged order', () => {
      const discharge: OrderEvent = {
        type: 'OrderDischarged',
        data: { orderId: ORDER_ID, court: 'Maidstone Crown Court', dischargedOn: '2025-05-01', consent: { subject: true, chiefOfficer: true } },
      };
      given([mixed, discharge]).when(expire('2026-11-23'), clock).then([]);
    });
  });

  describe('refused', () => {
    const people: Actor[] = [
      { userId: 'u', role: 'officer', force: 'kent' },
      { userId: 'u', role: 'order-manager', force: 'kent' },
      { userId: 'u', role: 'rocu', region: 'eastern' },
      { userId: 'u', role: 'national' },
      { userId: 'u', role: 'auditor' },
    ];
    it.each(people.map((actor) => [actor.role, actor] as const))('a %s may not record expiry: only the clock does', (_role, actor) => {
      given([mixed]).when(expire('2026-11-23'), as(actor)).thenRejects(NotPermitted);
    });

    it('the order is not on the register', () => {
      given([]).when(expire('2026-11-23'), clock).thenRejects(OrderNotFound);
    });

    it("a run dated after the clock's today (date-in-future)", () => {
      given([mixed]).when(expire('2026-11-24'), clock).thenRejects(RuleViolation, 'date-in-future');
    });

    it('an order manager cannot force an expiry either', () => {
      given([mixed]).when(expire('2026-11-23'), kent).thenRejects(NotPermitted);
    });
  });
});
