import type { SubjectId } from './subject-id.js';
import type { Actor } from '../actors/actor.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { OrderId } from '../orders/order-id.js';
import type { PncId } from './pnc-id.js';
import type { RuleId } from '../errors/rule-id.js';
import { Conflict, FieldsRuleViolation, NotPermitted, RuleViolation, SubjectNotFound } from '../errors/domain-error.js';
import { decideSubject, type SubjectCommand } from './decide-subject.js';
import type { SubjectEvent, SubjectParticulars } from './subject-events.js';
import { replaySubject } from './subject-state.js';

const today = '2026-12-01' as const;
const kentManager = { actor: { userId: 'u1', role: 'order-manager' as const, force: 'kent' as const }, today };
const jan: SubjectParticulars = {
  forenames: 'Jan',
  surname: 'Kowalski',
  dateOfBirth: '1980-05-02',
  pncId: '2003/1234567Q' as PncId,
  croNumber: null,
  aliases: [{ forenames: 'John', surname: 'Kowal' }],
};
const registered: SubjectEvent = { type: 'SubjectRegistered', data: { subjectId: 's1' as SubjectId, ...jan } };

function given(history: SubjectEvent[]) {
  return {
    when: (command: SubjectCommand, context: { actor: Actor; today: IsoDate } = kentManager) => {
      const run = () => decideSubject(command, replaySubject(history), context);
      return {
        then: (expected: SubjectEvent[]) => expect(run()).toEqual(expected),
        thenRejects: (errorClass: new (...args: never[]) => Error, rule?: RuleId) => {
          let caught: unknown = null;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(errorClass);
          if (rule) expect((caught as RuleViolation).rule).toBe(rule);
          return caught as Error;
        },
      };
    },
  };
}

describe('registering a subject', () => {
  test('a new person is registered with their CRO number in canonical form', () => {
    given([])
      .when({ type: 'RegisterSubject', subjectId: 's1' as SubjectId, particulars: { ...jan, croNumber: '123456/08t' } })
      .then([{ type: 'SubjectRegistered', data: { subjectId: 's1' as SubjectId, ...jan, croNumber: '123456/08T' } }]);
  });

  test('a CRO number with a wrong check letter is refused, naming the field', () => {
    const error = given([]).when({ type: 'RegisterSubject', subjectId: 's1' as SubjectId, particulars: { ...jan, croNumber: '123456/08U' } }).thenRejects(RuleViolation, 'cro-number-invalid');
    expect((error as RuleViolation).field).toBe('subject.croNumber');
  });

  test('the same subject id cannot be registered twice', () => {
    given([registered]).when({ type: 'RegisterSubject', subjectId: 's1' as SubjectId, particulars: jan }).thenRejects(RuleViolation, 'subject-exists');
  });
});

describe('an order naming a subject already on the register', () => {
  const identify = (particulars: SubjectParticulars): SubjectCommand => ({ type: 'IdentifySubject', subjectId: 's1' as SubjectId, orderId: 'o2' as OrderId, particulars });

  test('agrees however the name is cased or accented, and changes nothing', () => {
    given([registered]).when(identify({ ...jan, forenames: 'JAN', surname: 'kowalski', aliases: [] })).then([]);
  });

  test('may add names the subject also uses', () => {
    given([registered])
      .when(identify({ ...jan, aliases: [{ forenames: 'John', surname: 'Kowal' }, { forenames: 'Janek', surname: 'Kowalski' }] }))
      .then([{ type: 'SubjectAliasesAdded', data: { subjectId: 's1' as SubjectId, orderId: 'o2' as OrderId, aliases: [{ forenames: 'Janek', surname: 'Kowalski' }] } }]);
  });

  test('without a date of birth or identifiers it takes the recorded ones', () => {
    given([registered]).when(identify({ ...jan, dateOfBirth: null, pncId: null, aliases: [] })).then([]);
  });

  test('with another name and date of birth it is refused, naming each field that disagrees', () => {
    const error = given([registered])
      .when(identify({ ...jan, forenames: 'Adam', surname: 'Nowak', dateOfBirth: '1990-01-01' }))
      .thenRejects(FieldsRuleViolation, 'subject-identity') as FieldsRuleViolation;
    expect(error.fields.map((f) => f.field)).toEqual(['subject.forenames', 'subject.surname', 'subject.dateOfBirth']);
  });

  test('with another PNC ID it is refused', () => {
    const error = given([registered]).when(identify({ ...jan, pncId: '1979/0123456T' as PncId })).thenRejects(FieldsRuleViolation, 'subject-identity') as FieldsRuleViolation;
    expect(error.fields.map((f) => f.field)).toEqual(['subject.pncId']);
  });

  test('a subject id the register does not hold is refused', () => {
    given([]).when(identify(jan)).thenRejects(RuleViolation, 'subject-unknown');
  });
});

describe('correcting a subject', () => {
  const correct = (changes: object, forcesWithOrders = ['kent'], reason = 'Misspelt at entry'): SubjectCommand => ({
    type: 'CorrectSubject',
    subjectId: 's1' as SubjectId,
    changes,
    reason,
    forcesWithOrders,
  });

  test('records what changed, what it was, and why', () => {
    given([registered])
      .when(correct({ surname: 'Kowalsky', dateOfBirth: '1980-05-02' }))
      .then([
        {
          type: 'SubjectParticularsCorrected',
          data: { subjectId: 's1' as SubjectId, changes: { surname: 'Kowalsky' }, previous: { surname: 'Kowalski' }, reason: 'Misspelt at entry', correctedOn: today },
        },
      ]);
  });

  test('the corrected particulars are the subject from then on', () => {
    const [corrected] = decideSubject(correct({ dateOfBirth: '1980-02-05' }), replaySubject([registered]), kentManager);
    const state = replaySubject([registered, corrected]);
    expect(state).toMatchObject({ status: 'registered', dateOfBirth: '1980-02-05', forenames: 'Jan' });
  });

  test('only an order manager of a force with an order on the subject may correct', () => {
    given([registered]).when(correct({ surname: 'Nowak' }, ['sussex'])).thenRejects(NotPermitted);
    given([registered]).when(correct({ surname: 'Nowak' }), { ...kentManager, actor: { userId: 'o', role: 'officer' as never, force: 'kent' as const } }).thenRejects(NotPermitted);
  });

  test('needs a reason and a real change', () => {
    given([registered]).when(correct({ surname: 'Nowak' }, ['kent'], '  ')).thenRejects(RuleViolation, 'correction-needs-reason');
    given([registered]).when(correct({ surname: 'Kowalski' })).thenRejects(RuleViolation, 'correction-changes-nothing');
  });

  test('validates dates', () => {
    given([registered]).when(correct({ dateOfBirth: '2030-01-01' })).thenRejects(RuleViolation, 'date-in-future');
  });

  test('of a subject the register does not hold is not found', () => {
    given([]).when(correct({ surname: 'Nowak' })).thenRejects(SubjectNotFound);
  });
});

describe('erasing a subject (crypto-shredding)', () => {
  const national = { actor: { userId: 'n1', role: 'national' as const }, today };
  const erase = (sealed = true): SubjectCommand => ({ type: 'EraseSubject', subjectId: 's1' as SubjectId, sealed });

  test('by the national role, a registered subject is erased: the fact carries no personal data, and they read as the marker', () => {
    given([registered]).when(erase(), national).then([{ type: 'SubjectErased', data: { subjectId: 's1' as SubjectId, erasedOn: today } }]);
    expect(replaySubject([registered, { type: 'SubjectErased', data: { subjectId: 's1' as SubjectId, erasedOn: today } }])).toEqual({
      status: 'registered',
      subjectId: 's1',
      forenames: '[erased]',
      surname: '[erased]',
      dateOfBirth: null,
      pncId: null,
      croNumber: null,
      aliases: [],
      erasedOn: today,
    });
  });

  test('a second erasure records nothing', () => {
    given([registered, { type: 'SubjectErased', data: { subjectId: 's1' as SubjectId, erasedOn: '2026-11-30' } }]).when(erase(), national).then([]);
  });

  test('no other role may erase', () => {
    given([registered]).when(erase(), kentManager).thenRejects(NotPermitted);
    given([registered]).when(erase(), { actor: { userId: 'a1', role: 'auditor' }, today }).thenRejects(NotPermitted);
  });

  test('a subject the register does not hold is not found', () => {
    given([]).when(erase(), national).thenRejects(SubjectNotFound);
  });

  test('a subject recorded before sealing began is refused, not pretended erased', () => {
    given([registered]).when(erase(false), national).thenRejects(Conflict);
  });
});
