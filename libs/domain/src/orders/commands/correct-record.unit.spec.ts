import type { PncId } from '../../subjects/pnc-id.js';
import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent, RecordChanges } from '../events.js';
import { replay } from '../evolve.js';
import { as, clock, kent, makeOrder, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { CorrectRecord } from './correct-record.js';

// The default order: a Kent STPO made 2025-03-10 by Maidstone Crown Court, served 2025-03-11, for Jan Kowalski.
const made = orderMade();

function correct(changes: RecordChanges, overrides: Partial<CorrectRecord> = {}): CorrectRecord {
  return { type: 'CorrectRecord', orderId: ORDER_ID, correctionId: 'c-1', correctedOn: '2026-01-05', reason: 'Copied wrongly from the court order', changes, ...overrides };
}

function corrected(command: CorrectRecord, changes: RecordChanges, previous: object): OrderEvent {
  return { type: 'RecordCorrected', data: { orderId: ORDER_ID, correctionId: command.correctionId, correctedOn: command.correctedOn, reason: command.reason, changes, previous } };
}

describe('CorrectRecord', () => {
  describe('accepted', () => {
    it("the court's name", () => {
      const command = correct({ court: 'Canterbury Crown Court' });
      given([made]).when(command, kent).then([corrected(command, { court: 'Canterbury Crown Court' }, { court: 'Maidstone Crown Court' })]);
    });

    it('the day of service, which moves the notification deadline (R16)', () => {
      const required = orderMade(makeOrder({ notification: { required: true, notifyTo: 'PPU' } }));
      const command = correct({ servedOn: '2025-03-14' });
      const [event] = given([required]).when(command, kent).then([corrected(command, { servedOn: '2025-03-14' }, { servedOn: '2025-03-11' })]);
      expect(replay([required, event!])).toMatchObject({ servedOn: '2025-03-14', notification: { dueBy: '2025-03-16' } });
    });

    it('a service day that was not recorded', () => {
      const unserved = orderMade(makeOrder({ servedOn: null }));
      const command = correct({ servedOn: '2025-03-12' });
      given([unserved]).when(command, kent).then([corrected(command, { servedOn: '2025-03-12' }, { servedOn: null })]);
    });


    it("a prohibition's words", () => {
      const command = correct({ prohibitionTexts: [{ prohibitionId: 'p-2', text: 'Must not enter any car wash premises' }] });
      given([made]).when(command, kent).then([corrected(command, command.changes, { prohibitionTexts: [{ prohibitionId: 'p-2', text: 'Must not do thing p-2' }] })]);
    });

    it('an order no longer in force: records are kept and corrected', () => {
      const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Court', dischargedOn: '2025-06-01', consent: { subject: true, chiefOfficer: true } } };
      const command = correct({ court: 'Canterbury Crown Court' });
      given([made, discharged]).when(command, kent).then([corrected(command, { court: 'Canterbury Crown Court' }, { court: 'Maidstone Crown Court' })]);
    });
  });

  describe('refused: who may correct it', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('a %s', (_role, actor) => {
      given([made]).when(correct({ court: 'X' }), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager of another force, and the clock', () => {
      given([made]).when(correct({ court: 'X' }), as(managerOf('sussex'))).thenRejects(NotPermitted);
      given([made]).when(correct({ court: 'X' }), clock).thenRejects(NotPermitted);
    });
  });

  describe('refused: the correction', () => {
    it('the order is not on the register', () => {
      given([]).when(correct({ court: 'X' }), kent).thenRejects(OrderNotFound);
    });

    it('no reason (correction-reason-empty)', () => {
      given([made]).when(correct({ court: 'X' }, { reason: ' ' }), kent).thenRejects(RuleViolation, 'correction-reason-empty');
    });

    it('changes nothing: no fields, or every value already on the record (correction-changes-nothing)', () => {
      given([made]).when(correct({}), kent).thenRejects(RuleViolation, 'correction-changes-nothing');
      given([made]).when(correct({ court: 'Maidstone Crown Court' }), kent).thenRejects(RuleViolation, 'correction-changes-nothing');
    });

    it.each(['madeOn', 'until'])('the %s date, which decides a legal period (correction-changes-legal-period)', (field) => {
      const error = given([made]).when(correct({ [field]: '2025-03-11' } as RecordChanges), kent).thenRejects(RuleViolation, 'correction-changes-legal-period');
      expect(error.message).toMatch(/variation or renewal/);
    });

    it("a prohibition's until (correction-changes-legal-period)", () => {
      const changes = { prohibitionTexts: [{ prohibitionId: 'p-2', text: 'Must not', until: '2031-01-01' }] } as unknown as RecordChanges;
      given([made]).when(correct(changes), kent).thenRejects(RuleViolation, 'correction-changes-legal-period');
    });

    it('fields that are not data-entry details: order type, owning force, subject id (correction-field-not-correctable)', () => {
      given([made]).when(correct({ orderType: 'STRO' } as RecordChanges), kent).thenRejects(RuleViolation, 'correction-field-not-correctable');
      given([made]).when(correct({ owningForce: 'sussex' } as RecordChanges), kent).thenRejects(RuleViolation, 'correction-field-not-correctable');
      given([made]).when(correct({ subject: { subjectId: 's-2' } } as RecordChanges), kent).thenRejects(RuleViolation, 'subject-identity');
    });

    it('a blank court, an invalid service day, or one before the order was made', () => {
      given([made]).when(correct({ court: ' ' }), kent).thenRejects(RuleViolation, 'correction-court-empty');
      given([made]).when(correct({ servedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
      given([made]).when(correct({ servedOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it("the subject's particulars: they are the person's identity, corrected on the subject, not on one order (subject-identity)", () => {
      given([made]).when(correct({ subject: { surname: 'Kowalsky' } }), kent).thenRejects(RuleViolation, 'subject-identity');
      given([made]).when(correct({ subject: { pncId: '2003/1234567Q' as PncId } }), kent).thenRejects(RuleViolation, 'subject-identity');
    });

    it('words for an unknown prohibition, blank words, or the same prohibition twice', () => {
      given([made]).when(correct({ prohibitionTexts: [{ prohibitionId: 'p-9', text: 'x' }] }), kent).thenRejects(RuleViolation, 'unknown-prohibition');
      given([made]).when(correct({ prohibitionTexts: [{ prohibitionId: 'p-1', text: ' ' }] }), kent).thenRejects(RuleViolation, 'R8');
      given([made])
        .when(correct({ prohibitionTexts: [{ prohibitionId: 'p-1', text: 'a' }, { prohibitionId: 'p-1', text: 'b' }] }), kent)
        .thenRejects(RuleViolation, 'duplicate-prohibition-id');
    });

    it('an id already used (duplicate-correction-id) or none (correction-id-missing)', () => {
      const first = correct({ court: 'Canterbury Crown Court' });
      given([made, corrected(first, first.changes, { court: 'Maidstone Crown Court' })]).when(correct({ court: 'Dover' }), kent).thenRejects(RuleViolation, 'duplicate-correction-id');
      given([made]).when(correct({ court: 'X' }, { correctionId: '' }), kent).thenRejects(RuleViolation, 'correction-id-missing');
    });

    it('dated after today or before the order was made', () => {
      given([made]).when(correct({ court: 'X' }, { correctedOn: '2026-11-24' }), kent).thenRejects(RuleViolation, 'date-in-future');
      given([made]).when(correct({ court: 'X' }, { correctedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });
  });
});
