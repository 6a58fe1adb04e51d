import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent, PassportReturnedTo } from '../events.js';
import { replay } from '../evolve.js';
import { allCountriesBan, as, clock, kent, makeOrder, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade, orderVaried, prohibition, SURRENDER } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RecordPassportReturn } from './record-passport-return.js';

// A Kent STPO made 2025-03-10 banning travel outside the UK to 2026-03-09; two passports surrendered 2025-03-12.
const banned = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), allCountriesBan('p-2', '2026-03-09')], passportSurrender: SURRENDER }));
const surrendered: OrderEvent = { type: 'PassportsSurrendered', data: { orderId: ORDER_ID, surrenderedOn: '2025-03-12', passports: ['PL1234567', 'GB9876543'], lateBy: 0 } };
const history = [banned, surrendered];

function giveBack(overrides: Partial<RecordPassportReturn> = {}): RecordPassportReturn {
  return { type: 'RecordPassportReturn', orderId: ORDER_ID, returnedOn: '2026-03-10', passports: ['PL1234567', 'GB9876543'], ...overrides };
}

function returned(command: RecordPassportReturn, returnedTo: PassportReturnedTo = 'subject'): OrderEvent {
  return { type: 'PassportsReturned', data: { orderId: ORDER_ID, returnedOn: command.returnedOn, passports: command.passports, returnedTo } };
}

describe('RecordPassportReturn (R12, s18(5)-(6))', () => {
  describe('accepted', () => {
    it('to the subject on the first day the all-countries ban is no longer in force (by its dates, before the clock says so)', () => {
      given(history).when(giveBack(), kent).then([returned(giveBack())]);
    });

    it('once a variation removed the ban; returnDue was set, and clears when all are back', () => {
      const removal = orderVaried('2026-01-01', ['p-2']);
      expect(replay([...history, removal])).toMatchObject({ passports: { returnDue: '2026-01-01' } });
      const command = giveBack({ returnedOn: '2026-01-02' });
      const [event] = given([...history, removal]).when(command, kent).then([returned(command)]);
      expect(replay([...history, removal, event!])).toMatchObject({ passports: { returnDue: null } });
    });

    it('once the order was discharged, after it ended, one passport at a time', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-06-01', consent: { subject: true, chiefOfficer: true } } };
      const command = giveBack({ returnedOn: '2025-06-01', passports: ['GB9876543'] });
      given([...history, discharged]).when(command, kent).then([returned(command)]);
    });

    it('a foreign passport to the authority that issued it while the ban is in force (s18(6))', () => {
      const command = giveBack({ returnedOn: '2025-04-01', passports: ['PL1234567'], returnedTo: 'issuing-authority' });
      given(history).when(command, kent).then([returned(command, 'issuing-authority')]);
    });
  });

  describe('refused', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('recorded by a %s', (_role, actor) => {
      given(history).when(giveBack(), as(actor)).thenRejects(NotPermitted);
    });

    it('recorded by an order manager of another force, or the clock', () => {
      given(history).when(giveBack(), as(managerOf('essex'))).thenRejects(NotPermitted);
      given(history).when(giveBack(), clock).thenRejects(NotPermitted);
    });

    it('the order is not on the register', () => {
      given([]).when(giveBack(), kent).thenRejects(OrderNotFound);
    });

    it('to the subject while the all-countries ban is in force (R12)', () => {
      const error = given(history).when(giveBack({ returnedOn: '2026-03-09' }), kent).thenRejects(RuleViolation, 'R12');
      expect(error.field).toBe('returnedOn');
    });

    it('to the subject while the order is in force, when it required surrender without a ban (R12)', () => {
      const tepo = orderMade(makeOrder({ orderType: 'TEPO', prohibitions: [prohibition('p-1', '2030-03-09')], passportSurrender: SURRENDER }));
      given([tepo, surrendered]).when(giveBack({ returnedOn: '2026-01-01' }), kent).thenRejects(RuleViolation, 'R12');
    });

    it('a passport never surrendered, or already returned (passport-not-held)', () => {
      given(history).when(giveBack({ passports: ['XX0000000'] }), kent).thenRejects(RuleViolation, 'passport-not-held');
      const first = giveBack({ passports: ['PL1234567'] });
      given([...history, returned(first)]).when(giveBack({ passports: ['PL1234567'], returnedOn: '2026-04-01' }), kent).thenRejects(RuleViolation, 'passport-not-held');
    });

    it('returned before it was surrendered (date-before-surrender)', () => {
      const later: OrderEvent = { type: 'PassportsSurrendered', data: { orderId: ORDER_ID, surrenderedOn: '2025-05-01', passports: ['FR1'], lateBy: 50 } };
      given([...history, later]).when(giveBack({ returnedOn: '2025-04-01', passports: ['FR1'], returnedTo: 'issuing-authority' }), kent).thenRejects(RuleViolation, 'date-before-surrender');
    });

    it('returned after today, before the order was made, or to someone else', () => {
      given(history).when(giveBack({ returnedOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
      given(history).when(giveBack({ returnedOn: '2025-03-01' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
      given(history).when(giveBack({ returnedTo: 'embassy' as PassportReturnedTo }), kent).thenRejects(RuleViolation, 'passport-returned-to-invalid');
    });

    it('no passports listed (passports-empty)', () => {
      given(history).when(giveBack({ passports: [] }), kent).thenRejects(RuleViolation, 'passports-empty');
    });
  });
});
