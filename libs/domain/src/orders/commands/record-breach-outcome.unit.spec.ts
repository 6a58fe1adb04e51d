import { NotPermitted, OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { BreachOutcome, OrderEvent, Sentence } from '../events.js';
import { DEFAULT_LEGAL_CONFIG } from '../legal-config.js';
import { as, breachRecorded, clock, kent, managerOf, NOT_ORDER_MANAGERS, ORDER_ID, orderMade, sussex, TODAY } from '../testing/fixtures.js';
import { given } from '../testing/given.js';
import type { RecordBreachOutcome } from './record-breach-outcome.js';

// A Kent STPO made 2025-03-10, breached in Sussex on 2025-06-01 (breach-1); in Scotland on 2025-07-01 (breach-2).
const history = [orderMade(), breachRecorded('breach-1', '2025-06-01'), breachRecorded('breach-2', '2025-07-01', ['p-1'], 'police-scotland')];

function outcome(overrides: Partial<RecordBreachOutcome> = {}): RecordBreachOutcome {
  return { type: 'RecordBreachOutcome', orderId: ORDER_ID, breachId: 'breach-1', outcome: 'charged', decidedOn: '2025-06-02', ...overrides };
}

function recorded(command: RecordBreachOutcome): OrderEvent {
  return { type: 'BreachOutcomeRecorded', data: { orderId: ORDER_ID, breachId: command.breachId, outcome: command.outcome, decidedOn: command.decidedOn, sentence: command.sentence ?? null } };
}

const convicted = (sentence: Sentence, overrides: Partial<RecordBreachOutcome> = {}) => outcome({ outcome: 'convicted', decidedOn: '2025-09-01', sentence, ...overrides });
const scotland = as(managerOf('police-scotland'));

describe('RecordBreachOutcome (R31-R33)', () => {
  describe('accepted', () => {
    it.each(['charged', 'acquitted', 'no-further-action', 'cautioned', 'convicted'] as BreachOutcome[])('%s, by the force where the breach happened', (result) => {
      const command = outcome({ outcome: result });
      given(history).when(command, sussex).then([recorded(command)]);
    });

    it('charged then convicted, on the same day or later', () => {
      const charged = outcome();
      const command = convicted({ kind: 'fine', court: 'magistrates' }, { decidedOn: '2025-06-02' });
      given([...history, recorded(charged)]).when(command, sussex).then([recorded(command)]);
    });

    it('five years in custody on indictment: the maximum (R32, s30(3)(a))', () => {
      const command = convicted({ kind: 'custody', months: 60, court: 'crown' });
      given(history).when(command, sussex).then([recorded(command)]);
    });

    it("six months' custody on summary conviction in England and Wales (R32, configured)", () => {
      const command = convicted({ kind: 'suspended-custody', months: 6, court: 'magistrates' });
      given(history).when(command, sussex).then([recorded(command)]);
    });

    it("twelve months on summary conviction when the magistrates' limit is configured to 12 (R32, unverified)", () => {
      const command = convicted({ kind: 'custody', months: 12, court: 'magistrates' });
      given(history).when(command, as(managerOf('sussex'), TODAY, { ...DEFAULT_LEGAL_CONFIG, summaryMaximumCustodyMonths: 12 })).then([recorded(command)]);
    });

    it('twelve months on summary conviction in Scotland (R35, HTE(S)A s32)', () => {
      const command = convicted({ kind: 'custody', months: 12, court: 'magistrates' }, { breachId: 'breach-2' });
      given(history).when(command, scotland).then([recorded(command)]);
    });

    it.each(['community', 'fine', 'absolute-discharge'] as const)('a %s', (kind) => {
      const command = convicted({ kind, court: 'magistrates' });
      given(history).when(command, sussex).then([recorded(command)]);
    });

    it('on the day of the breach, and on today', () => {
      given(history).when(outcome({ decidedOn: '2025-06-01' }), sussex).then([recorded(outcome({ decidedOn: '2025-06-01' }))]);
      given(history).when(outcome({ decidedOn: TODAY }), sussex).then([recorded(outcome({ decidedOn: TODAY }))]);
    });
  });

  describe('refused: who may record it', () => {
    it.each(NOT_ORDER_MANAGERS.map((actor) => [actor.role, actor] as const))('a %s', (_role, actor) => {
      given(history).when(outcome(), as(actor)).thenRejects(NotPermitted);
    });

    it('the owning force, when the breach happened elsewhere', () => {
      given(history).when(outcome(), kent).thenRejects(NotPermitted);
    });

    it('the clock', () => {
      given(history).when(outcome(), clock).thenRejects(NotPermitted);
    });
  });

  describe('refused: the breach and the outcome', () => {
    it('the order is not on the register', () => {
      given([]).when(outcome(), sussex).thenRejects(OrderNotFound);
    });

    it('a breach the order does not have (unknown-breach)', () => {
      given(history).when(outcome({ breachId: 'breach-9' }), sussex).thenRejects(RuleViolation, 'unknown-breach');
    });

    it('an outcome the register does not know (unknown-breach-outcome)', () => {
      given(history).when(outcome({ outcome: 'warned' as BreachOutcome }), sussex).thenRejects(RuleViolation, 'unknown-breach-outcome');
    });

    it('decided before the breach happened (date-before-breach), after today, or before the last outcome', () => {
      given(history).when(outcome({ decidedOn: '2025-05-31' }), sussex).thenRejects(RuleViolation, 'date-before-breach');
      given(history).when(outcome({ decidedOn: '2026-11-24' }), sussex).thenRejects(RuleViolation, 'date-in-future');
      given([...history, recorded(outcome({ decidedOn: '2025-07-01' }))]).when(outcome({ outcome: 'convicted' }), sussex).thenRejects(RuleViolation, 'date-before-last-outcome');
    });

    it.each(['charged', 'acquitted', 'no-further-action', 'cautioned'] as BreachOutcome[])('a sentence with an outcome of %s (sentence-without-conviction)', (result) => {
      given(history).when(outcome({ outcome: result, sentence: { kind: 'fine', court: 'magistrates' } }), sussex).thenRejects(RuleViolation, 'sentence-without-conviction');
    });

    it('a conditional discharge (R33, s30(4))', () => {
      const error = given(history).when(convicted({ kind: 'conditional-discharge', court: 'magistrates' }), sussex).thenRejects(RuleViolation, 'R33');
      expect(error.message).toMatch(/s30\(4\)/);
    });

    it('a conditional discharge in Scotland too (R33 applied everywhere)', () => {
      given(history).when(convicted({ kind: 'conditional-discharge', court: 'magistrates' }, { breachId: 'breach-2' }), scotland).thenRejects(RuleViolation, 'R33');
    });

    it('more than five years on indictment (R32)', () => {
      given(history).when(convicted({ kind: 'custody', months: 61, court: 'crown' }), sussex).thenRejects(RuleViolation, 'R32');
    });

    it("more than six months on summary conviction in England and Wales, by default (R32)", () => {
      const error = given(history).when(convicted({ kind: 'custody', months: 7, court: 'magistrates' }), sussex).thenRejects(RuleViolation, 'R32');
      expect(error.field).toBe('sentence.months');
    });

    it('more than twelve months on summary conviction in Scotland (R32, R35)', () => {
      given(history).when(convicted({ kind: 'custody', months: 13, court: 'magistrates' }, { breachId: 'breach-2' }), scotland).thenRejects(RuleViolation, 'R32');
    });

    it('custody with no length, or a length that is not whole months (sentence-invalid)', () => {
      given(history).when(convicted({ kind: 'custody', court: 'crown' }), sussex).thenRejects(RuleViolation, 'sentence-invalid');
      given(history).when(convicted({ kind: 'custody', months: 2.5, court: 'crown' }), sussex).thenRejects(RuleViolation, 'sentence-invalid');
      given(history).when(convicted({ kind: 'custody', months: 0, court: 'crown' }), sussex).thenRejects(RuleViolation, 'sentence-invalid');
    });

    it('an unknown sentence or court (sentence-invalid)', () => {
      given(history).when(convicted({ kind: 'caning' as Sentence['kind'], court: 'crown' }), sussex).thenRejects(RuleViolation, 'sentence-invalid');
      given(history).when(convicted({ kind: 'fine', court: 'sheriff' as Sentence['court'] }), sussex).thenRejects(RuleViolation, 'sentence-invalid');
    });
  });
});
