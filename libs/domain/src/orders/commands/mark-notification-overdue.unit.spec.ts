import type { IsoDate } from '../../dates/iso-date.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { as, clock, kent, makeOrder, ORDER_ID, orderMade, PEOPLE } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { MarkNotificationOverdue } from './mark-notification-overdue.js';

// A Kent STPO made 2025-03-10, served 2025-03-11: the subject must notify by 2025-03-13 (R16).
const required = orderMade(makeOrder({ notification: { required: true, notifyTo: 'Kent Police PPU' } }));

function check(today: IsoDate): MarkNotificationOverdue {
  return { type: 'MarkNotificationOverdue', orderId: ORDER_ID, today };
}

function overdue(markedOn: IsoDate): OrderEvent {
  return { type: 'NotificationOverdue', data: { orderId: ORDER_ID, dueBy: '2025-03-13', markedOn } };
}

const notified = (notifiedOn: IsoDate): OrderEvent => ({
  type: 'NotificationReceived',
  data: { orderId: ORDER_ID, notificationId: 'n-1', notifiedOn, names: ['Jan Kowalski'], address: { line1: '1 High St', postcode: 'ME4 4AA', force: 'kent' }, previousAddressForce: null, lateBy: 0, changedOn: null },
});

describe('MarkNotificationOverdue (R16, R19)', () => {
  describe('accepted', () => {
    it('marks the notification overdue the day after the deadline', () => {
      given([required]).when(check('2025-03-14'), clock).then([overdue('2025-03-14')]);
    });

    it('marks it when the clock catches up much later', () => {
      given([required]).when(check('2026-11-23'), clock).then([overdue('2026-11-23')]);
    });

    it('records nothing on the deadline day itself', () => {
      given([required]).when(check('2025-03-13'), clock).then([]);
    });

    it('records nothing once marked: idempotent', () => {
      given([required, overdue('2025-03-14')]).when(check('2025-03-20'), clock).then([]);
    });

    it('records nothing once the subject has notified, even late', () => {
      given([required, notified('2025-03-13')]).when(check('2025-03-20'), clock).then([]);
      given([required, notified('2025-03-16')]).when(check('2025-03-20'), clock).then([]);
    });

    it('records nothing when the order requires no notification', () => {
      given([orderMade()]).when(check('2026-11-23'), clock).then([]);
    });

    it('records nothing for an order no longer in force', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-03-12', consent: { subject: true, chiefOfficer: true } } };
      given([required, discharged]).when(check('2025-03-20'), clock).then([]);
    });
  });

  describe('refused', () => {
    it.each(PEOPLE.map((actor) => [actor.role, actor] as const))('issued by a %s: only the register itself marks a notification overdue', (_role, actor) => {
      given([required]).when(check('2025-03-14'), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager cannot mark it by hand', () => {
      given([required]).when(check('2025-03-14'), kent).thenRejects(NotPermitted);
    });

    it('the order is not on the register', () => {
      given([]).when(check('2025-03-14'), clock).thenRejects(OrderNotFound);
    });

    it("a check dated after the clock's today (date-in-future)", () => {
      given([required]).when(check('2026-11-24'), clock).thenRejects(RuleViolation, 'date-in-future');
    });
  });
});
