import type { SubjectId } from '#domain';
import type { OrderId } from '#domain';
import { decide, EVENT_SCHEMA_VERSIONS, type MakeOrder, type OrderEvent, type SubjectEvent, type SubjectParticularsCorrected } from '#domain';
import type { RecordedEvent } from '#event-store';
import { correctedSubject, type HeldOrder, registerChangesOf } from './register-changes.js';
import { SubjectChanges } from './subject-changes.js';

const ORDER = '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01' as OrderId;
const SUBJECT = '5d1c0a9e-8f3b-4c2d-9e7f-1a2b3c4d5e6f' as SubjectId;
const kent = { actor: { userId: 'u', role: 'order-manager' as const, force: 'kent' as const }, today: '2026-11-23' as const };

const makeOrder: MakeOrder = {
  type: 'MakeOrder',
  orderId: ORDER,
  orderType: 'STRO',
  owningForce: 'kent',
  court: 'Maidstone Magistrates',
  madeOn: '2025-03-14' as const,
  servedOn: '2025-03-14',
  subject: { subjectId: SUBJECT, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' as const, aliases: [], pncId: null },
  prohibitions: [{ prohibitionId: 'p-1', text: 'Must not enter car washes', until: null }],
  legalBasis: 's23',
  applicant: { kind: 'chief-officer', force: 'kent' as const },
};
const [orderMade] = decide(makeOrder, { status: 'none' }, kent) as [OrderEvent];
const registered: SubjectEvent = {
  type: 'SubjectRegistered',
  data: { subjectId: SUBJECT, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' as const, pncId: null, croNumber: null, aliases: [] },
};
const corrected: SubjectParticularsCorrected = {
  type: 'SubjectParticularsCorrected',
  data: { subjectId: SUBJECT, changes: { surname: 'Kowalsky' }, previous: { surname: 'Kowalski' }, reason: 'misspelt', correctedOn: '2026-11-23' },
};

/** Events as the log records them: each stream numbered from 1, positions in the order given. */
function logOf(...events: (OrderEvent | SubjectEvent)[]): RecordedEvent[] {
  const versions = new Map<string, number>();
  return events.map((event, index) => {
    const streamId = 'subjectId' in event.data ? `subject-${event.data.subjectId}` : `order-${event.data.orderId}`;
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    return {
      eventId: `e-${index}`,
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata: {
        schemaVersion: (EVENT_SCHEMA_VERSIONS as Record<string, number>)[event.type] ?? 1,
        recordedAt: '2026-11-23T09:00:00Z',
        actor: { userId: 'u', role: 'order-manager' },
        commandId: `c-${index}`,
        correlationId: `r-${index}`,
      },
      streamId,
      streamVersion,
      position: 100 + index,
      checkpoint: String(100 + index),
    };
  });
}

function given(held: ReadonlyMap<string, HeldOrder> = new Map()) {
  return { when: (batch: RecordedEvent[]) => registerChangesOf(held, batch) };
}

describe('what a batch does to the register', () => {
  test('a subject registered and an order made against them: the order row, the subject with an order and their names', () => {
    const changes = given().when(logOf(registered, orderMade));
    expect(changes.orders).toEqual([expect.objectContaining({ orderId: ORDER, subjectId: SUBJECT, status: 'active', version: 1, position: 101, forces: ['kent'] })]);
    expect(changes.subjects).toHaveLength(1);
    const [subjects] = changes.subjects as [SubjectChanges];
    expect([...subjects.registered.keys()]).toEqual([SUBJECT]);
    expect([...subjects.withOrders.keys()]).toEqual([SUBJECT]);
    expect(subjects.names.map(({ name }) => [name.forenames, name.surname])).toEqual([['Jan', 'Kowalski']]);
  });

  test('an order event the register already holds (a replay) changes nothing', () => {
    const batch = logOf(orderMade);
    const held = new Map([[ORDER, { state: registerChangesOf(new Map(), batch).orders[0]?.state as HeldOrder['state'], version: 1 }]]);
    expect(given(held).when(batch)).toEqual({ orders: [], subjects: [] });
  });

  test('a correction is written between what came before it and what came after', () => {
    const aliases: SubjectEvent = { type: 'SubjectAliasesAdded', data: { subjectId: SUBJECT, orderId: ORDER, aliases: [{ forenames: 'John', surname: 'Kowal' }] } };
    const changes = given().when(logOf(registered, corrected, aliases));
    expect(changes.subjects.map((step) => (step instanceof SubjectChanges ? [...step.touched] : step.type))).toEqual([[SUBJECT], 'SubjectParticularsCorrected', [SUBJECT]]);
  });

  test('a corrected subject: the changes over what was held, their recorded name again, and aliases only when the correction gives them', () => {
    const held = { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' as const, pncId: null, croNumber: null };
    const surname = correctedSubject(held, corrected);
    expect(surname.particulars).toEqual({ ...held, surname: 'Kowalsky' });
    expect(surname.names.map((name) => [name.forenames, name.surname, name.isAlias])).toEqual([['Jan', 'Kowalsky', false]]);
    expect(surname.aliasesReplaced).toBe(false);

    const withAliases = correctedSubject(held, { ...corrected, data: { ...corrected.data, changes: { aliases: [{ forenames: 'John', surname: 'Kowal' }] } } });
    expect(withAliases.names.map((name) => [name.forenames, name.surname, name.isAlias])).toEqual([
      ['Jan', 'Kowalski', false],
      ['John', 'Kowal', true],
    ]);
    expect(withAliases.aliasesReplaced).toBe(true);
  });
});
