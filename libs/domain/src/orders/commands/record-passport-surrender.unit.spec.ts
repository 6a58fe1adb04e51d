import type { IsoDate } from '../../dates/iso-date.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { allCountriesBan, as, clock, kent, makeOrder, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade, prohibition, SURRENDER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RecordPassportSurrender } from './record-passport-surrender.js';

// A Kent STPO made 2025-03-10 banning travel outside the UK to 2027-03-09; passports due at Maidstone by 2025-03-12.
const banned = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), allCountriesBan('p-2', '2027-03-09')], passportSurrender: SURRENDER }));

function surrender(overrides: Partial<RecordPassportSurrender> = {}): RecordPassportSurrender {
  return { type: 'RecordPassportSurrender', orderId: ORDER_ID, surrenderedOn: '2025-03-12', passports: ['PL1234567'], ...overrides };
}

function surrendered(command: RecordPassportSurrender, lateBy = 0): OrderEvent {
  return { type: 'PassportsSurrendered', data: { orderId: ORDER_ID, surrenderedOn: command.surrenderedOn, passports: command.passports, lateBy } };
}

const returned = (passports: string[], returnedOn: IsoDate): OrderEvent => ({ type: 'PassportsReturned', data: { orderId: ORDER_ID, returnedOn, passports, returnedTo: 'issuing-authority' } });

describe('RecordPassportSurrender (R12)', () => {
  describe('accepted', () => {
    it('on the day due', () => {
      given([banned]).when(surrender(), kent).then([surrendered(surrender())]);
    });

    it('several passports, before the day due', () => {
      const command = surrender({ surrenderedOn: '2025-03-10', passports: ['PL1234567', 'GB9876543'] });
      given([banned]).when(command, kent).then([surrendered(command)]);
    });

    it('late, recording how late (R19)', () => {
      const command = surrender({ surrenderedOn: '2025-03-20' });
      given([banned]).when(command, kent).then([surrendered(command, 8)]);
    });

    it('a further passport later, and one surrendered again after it was returned', () => {
      const first = surrendered(surrender());
      const more = surrender({ surrenderedOn: '2025-04-01', passports: ['GB9876543'] });
      given([banned, first]).when(more, kent).then([surrendered(more, 20)]);
      const again = surrender({ surrenderedOn: '2025-05-01' });
      given([banned, first, returned(['PL1234567'], '2025-04-15')]).when(again, kent).then([surrendered(again, 50)]);
    });
  });

  describe('refused', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('recorded by a %s', (_role, actor) => {
      given([banned]).when(surrender(), as(actor)).thenRejects(NotPermitted);
    });

    it('recorded by an order manager of another force, or the clock', () => {
      given([banned]).when(surrender(), as(managerOf('sussex'))).thenRejects(NotPermitted);
      given([banned]).when(surrender(), clock).thenRejects(NotPermitted);
    });

    it('the order is not on the register', () => {
      given([]).when(surrender(), kent).thenRejects(OrderNotFound);
    });

    it('the order requires no surrender (R12)', () => {
      given([orderMade()]).when(surrender(), kent).thenRejects(RuleViolation, 'R12');
    });

    it('surrendered after today, before the order was made, or before the order was made', () => {
      given([banned]).when(surrender({ surrenderedOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
      given([banned]).when(surrender({ surrenderedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('surrendered on a day the order was no longer in force (order-not-in-force)', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-03-11', consent: { subject: true, chiefOfficer: true } } };
      given([banned, discharged]).when(surrender(), kent).thenRejects(RuleViolation, 'order-not-in-force');
    });

    it('no passports, a blank one, or one listed twice', () => {
      given([banned]).when(surrender({ passports: [] }), kent).thenRejects(RuleViolation, 'passports-empty');
      given([banned]).when(surrender({ passports: [' '] }), kent).thenRejects(RuleViolation, 'passports-empty');
      given([banned]).when(surrender({ passports: ['PL1', 'PL1'] }), kent).thenRejects(RuleViolation, 'duplicate-passport');
    });

    it('a passport already surrendered and not returned (passport-already-surrendered)', () => {
      given([banned, surrendered(surrender())]).when(surrender({ surrenderedOn: '2025-04-01' }), kent).thenRejects(RuleViolation, 'passport-already-surrendered');
    });
  });
});
