import type { ForceCode } from '#forces';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { replay } from '../evolve.js';
import { as, clock, kent, makeOrder, managerOf, ORDER_ID, orderMade, prohibition, sussex } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RecordNotification } from './record-notification.js';

// A Kent STPO made 2025-03-10, served 2025-03-11, requiring notification by 2025-03-13 (R16).
const required = orderMade(makeOrder({ notification: { required: true, notifyTo: 'Kent Police Public Protection Unit' } }));
const home = { line1: '1 High Street, Chatham', postcode: 'ME4 4AA', force: 'kent' as const };

function notify(overrides: Partial<RecordNotification> = {}): RecordNotification {
  return { type: 'RecordNotification', orderId: ORDER_ID, notificationId: 'n-1', notifiedOn: '2025-03-12', names: ['Jan Kowalski', 'John Kowal'], address: home, ...overrides };
}

function received(command: RecordNotification, previousAddressForce: ForceCode | null, lateBy: number): OrderEvent {
  const { type: _type, changedOn, ...data } = command;
  return { type: 'NotificationReceived', data: { ...data, previousAddressForce, lateBy, changedOn: changedOn ?? null } };
}

describe('RecordNotification (R16-R18)', () => {
  describe('accepted', () => {
    it('the initial notification within three days beginning with service (R16): on time, it meets the requirement', () => {
      const [event] = given([required]).when(notify(), kent).then([received(notify(), null, 0)]);
      expect(replay([required, event!])).toMatchObject({ notification: { receivedOn: '2025-03-12' }, partyForces: [] });
    });

    it('on the last day, 2 days after service (R16, "3 days beginning with")', () => {
      given([required]).when(notify({ notifiedOn: '2025-03-13' }), kent).then([received(notify({ notifiedOn: '2025-03-13' }), null, 0)]);
    });

    it('a late initial notification records how late (R19)', () => {
      given([required]).when(notify({ notifiedOn: '2025-03-16' }), kent).then([received(notify({ notifiedOn: '2025-03-16' }), null, 3)]);
    });

    it('a change of address to another force, recorded by that force: the old force is named (R17, R18) and the new one becomes a party', () => {
      const first = received(notify(), null, 0);
      const move = notify({ notificationId: 'n-2', notifiedOn: '2025-06-03', changedOn: '2025-06-01', address: { line1: '2 Sea Road, Hove', postcode: 'BN3 1AA', force: 'sussex' as const } });
      const [event] = given([required, first]).when(move, sussex).then([received(move, 'kent', 0)]);
      expect(replay([required, first, event!])).toMatchObject({ notification: { receivedOn: '2025-03-12' }, partyForces: ['sussex'] });
    });

    it('a change notified more than 3 days after it happened records how late (R17)', () => {
      const move = notify({ notificationId: 'n-2', notifiedOn: '2025-06-10', changedOn: '2025-06-01' });
      given([required, received(notify(), null, 0)]).when(move, kent).then([received(move, 'kent', 7)]);
    });

    it('the first notification names the area the subject lived in when the order was made, so both areas hear (R18)', () => {
      const madeWithAddress = orderMade(makeOrder({ subjectAddress: { line1: '9 Dock Road, Tilbury', postcode: 'RM18 7AA', force: 'essex' } }));
      const [event] = given([madeWithAddress]).when(notify(), kent).then([received(notify(), 'essex', 0)]);
      expect(replay([madeWithAddress, event!])).toMatchObject({ partyForces: ['essex'] });
    });

    it('a later notification names the last notified area, not the one at the making (R18)', () => {
      const madeWithAddress = orderMade(makeOrder({ subjectAddress: { line1: '9 Dock Road, Tilbury', postcode: 'RM18 7AA', force: 'essex' } }));
      const move = notify({ notificationId: 'n-2', notifiedOn: '2025-06-03', address: { line1: '2 Sea Road, Hove', postcode: 'BN3 1AA', force: 'sussex' as const } });
      given([madeWithAddress, received(notify(), 'essex', 0)]).when(move, sussex).then([received(move, 'kent', 0)]);
    });

    it('a notification under an order that requires none is still recorded, as information', () => {
      given([orderMade()]).when(notify(), kent).then([received(notify(), null, 0)]);
    });

    it('a notification made on a day the order was in force, recorded after it ended (late entry)', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-06-01', consent: { subject: true, chiefOfficer: true } } };
      given([required, discharged]).when(notify({ notifiedOn: '2025-05-31' }), kent).then([received(notify({ notifiedOn: '2025-05-31' }), null, 79)]);
    });
  });

  describe('refused: who may record it', () => {
    it.each([
      { userId: 'u', role: 'officer', force: 'kent' as const },
      { userId: 'u', role: 'rocu', region: 'eastern' },
      { userId: 'u', role: 'national' },
      { userId: 'u', role: 'auditor' },
    ] as const)('a $role', (actor) => {
      given([required]).when(notify(), as(actor)).thenRejects(NotPermitted);
    });

    it('the clock', () => {
      given([required]).when(notify(), clock).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order and the day', () => {
    it('the order is not on the register', () => {
      given([]).when(notify(), as(managerOf('met'))).thenRejects(OrderNotFound);
    });

    it('notified after today, before the order was made, or before the order was made', () => {
      given([required]).when(notify({ notifiedOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
      given([required]).when(notify({ notifiedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('notified on a day the order was no longer in force (order-not-in-force)', () => {
      const interim = orderMade(makeOrder({ orderType: 'INTERIM_STRO', prohibitions: [prohibition('p-1', '2025-06-01')] }));
      given([interim]).when(notify({ notifiedOn: '2025-06-02' }), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });
  });

  describe('refused: the notification', () => {
    it('an id already recorded (duplicate-notification-id), or none (notification-id-missing)', () => {
      given([required, received(notify(), null, 0)]).when(notify({ notifiedOn: '2025-04-01' }), kent).thenRejects(RuleViolation, 'duplicate-notification-id');
      given([required]).when(notify({ notificationId: '' }), kent).thenRejects(RuleViolation, 'notification-id-missing');
    });

    it('no names, or a blank name (notification-names-empty)', () => {
      given([required]).when(notify({ names: [] }), kent).thenRejects(RuleViolation, 'notification-names-empty');
      const error = given([required]).when(notify({ names: ['Jan Kowalski', ' '] }), kent).thenRejects(RuleViolation, 'notification-names-empty');
      expect(error.field).toBe('names[1]');
    });

    it('keeps only the line, postcode and force of the address sent', () => {
      const sloppy = notify({ address: { ...home, flat: '2B' } as typeof home });
      given([required]).when(sloppy, kent).then([received(notify(), null, 0)]);
    });

    it.each(['line1', 'postcode', 'force'] as const)('an address with no %s (notification-address-incomplete)', (part) => {
      const error = given([required]).when(notify({ address: { ...home, [part]: '' } }), kent).thenRejects(RuleViolation, 'notification-address-incomplete');
      expect(error.field).toBe(`address.${part}`);
    });

    it('a change dated after the notification of it (date-after-notification) or before the order (date-before-order-made)', () => {
      given([required]).when(notify({ changedOn: '2025-03-13' }), kent).thenRejects(RuleViolation, 'date-after-notification');
      given([required]).when(notify({ changedOn: '2025-03-01' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });
  });
});
