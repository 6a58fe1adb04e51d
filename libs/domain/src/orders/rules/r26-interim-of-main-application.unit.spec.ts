import type { SubjectId } from '../../subjects/subject-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import type { OrderEvent } from '../events.js';
import { replay } from '../evolve.js';
import { initialState } from '../state.js';
import { r26InterimOfMainApplication } from './r26-interim-of-main-application.js';

const interimMade = (overrides: { orderType?: string; subjectId?: SubjectId; madeOn?: IsoDate } = {}): OrderEvent =>
  ({
    type: 'OrderMade',
    data: {
      orderId: 'interim-1',
      orderType: overrides.orderType ?? 'INTERIM_STPO',
      owningForce: 'kent',
      court: 'Medway Magistrates Court',
      madeOn: overrides.madeOn ?? '2025-01-10',
      servedOn: null,
      subject: { subjectId: overrides.subjectId ?? 'subject-a', forenames: 'Jan', surname: 'Kowalski', dateOfBirth: null, aliases: [], pncId: null },
      prohibitions: [{ prohibitionId: 'p-1', text: 'Must not enter any car wash premises', until: '2025-07-10' }],
      legalBasis: 's21',
      applicant: { kind: 'chief-officer', force: 'kent' },
      notifiedForce: null,
      qualifyingOffence: null,
      notification: { required: false, notifyTo: null },
      passportSurrender: null,
      interimOrderId: null,
    },
  }) as unknown as OrderEvent;

const full = { orderType: 'STPO' as const, subjectId: 'subject-a' as SubjectId, madeOn: '2025-03-14' as const };

describe('R26: the interim order a full order names', () => {
  test('accepted: the interim STPO of the same subject, made earlier', () => {
    expect(() => r26InterimOfMainApplication(full, replay([interimMade()]))).not.toThrow();
  });

  test.each([
    ['no such order', initialState],
    ['another subject', replay([interimMade({ subjectId: 'subject-b' as SubjectId })])],
    ['an interim STRO for an STPO', replay([interimMade({ orderType: 'INTERIM_STRO' })])],
    ['an interim made after the full order', replay([interimMade({ madeOn: '2025-04-01' as const })])],
  ])('refused: %s (R26, field interimOrderId)', (_, interim) => {
    let error: unknown;
    try {
      r26InterimOfMainApplication(full, interim);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error).toMatchObject({ rule: 'R26', field: 'interimOrderId' });
  });
});
