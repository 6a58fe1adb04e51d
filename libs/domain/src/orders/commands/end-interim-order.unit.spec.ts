import type { OrderId } from '../order-id.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import type { OrderType } from '../order-type.js';
import { as, clock, kent, makeOrder, ORDER_ID, orderMade, orderVaried, PEOPLE, prohibition } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { EndInterimOrder } from './end-interim-order.js';

// An interim STPO made 2025-03-10 whose prohibition runs to 2026-09-01.
const interim = orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2026-09-01')] }));

function end(overrides: Partial<EndInterimOrder> = {}): EndInterimOrder {
  return { type: 'EndInterimOrder', orderId: ORDER_ID, determinedBy: 'order-2' as OrderId, endedOn: '2026-06-01', ...overrides };
}

function determined(command: EndInterimOrder): OrderEvent {
  const { type: _type, ...data } = command;
  return { type: 'MainApplicationDetermined', data };
}

describe('EndInterimOrder (R26)', () => {
  describe('accepted', () => {
    it.each(['INTERIM_STPO', 'INTERIM_STRO', 'INTERIM_TEPO', 'INTERIM_TERO', 'NI_INTERIM_STPO'] as OrderType[])('an %s in force ends when its main application is determined', (orderType) => {
      const order = orderMade(makeOrder({ orderType, prohibitions: [prohibition('p-1', '2026-09-01')] }));
      given([order]).when(end(), clock).then([determined(end())]);
    });

    it('on the day the interim order was made', () => {
      const command = end({ endedOn: '2025-03-10' });
      given([interim]).when(command, clock).then([determined(command)]);
    });
  });

  describe('refused', () => {
    it.each(PEOPLE.map((actor) => [actor.role, actor] as const))('issued by a %s: only the register itself ends an interim order', (_role, actor) => {
      given([interim]).when(end(), as(actor)).thenRejects(NotPermitted);
    });

    it('the order is not on the register', () => {
      given([]).when(end(), clock).thenRejects(OrderNotFound);
    });

    it('a full order, not an interim one (R26)', () => {
      given([orderMade()]).when(end(), clock).thenRejects(RuleViolation, 'R26');
    });

    it('an interim order already ended, or expired (order-not-in-force)', () => {
      given([interim, determined(end())]).when(end({ determinedBy: 'order-3' as OrderId }), clock).thenRejects(RuleViolation, 'order-not-in-force');
      const expired: OrderEvent[] = [
        { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-1', expiredOn: '2026-09-02' } },
        { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2026-09-02' } },
      ];
      given([interim, ...expired]).when(end(), clock).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('its fixed period had run out by the day the application was determined (order-not-in-force)', () => {
      given([interim]).when(end({ endedOn: '2026-09-02' }), clock).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('naming itself or nothing as the order that determined it', () => {
      given([interim]).when(end({ determinedBy: ORDER_ID }), clock).thenRejects(RuleViolation, 'order-id-is-self');
      given([interim]).when(end({ determinedBy: ' ' as OrderId }), clock).thenRejects(RuleViolation, 'order-id-missing');
    });

    it('dated after today, before the order was made, or before its last variation', () => {
      given([interim]).when(end({ endedOn: '2026-11-24' }), clock).thenRejects(RuleViolation, 'date-in-future');
      given([interim]).when(end({ endedOn: '2025-03-09' }), clock).thenRejects(RuleViolation, 'date-before-order-made');
      given([interim, orderVaried('2026-07-01', [], [prohibition('p-2', '2026-08-01')])]).when(end(), clock).thenRejects(RuleViolation, 'date-before-last-variation');
    });

    it('an order manager cannot end it by hand', () => {
      given([interim]).when(end(), kent).thenRejects(NotPermitted);
    });
  });
});
