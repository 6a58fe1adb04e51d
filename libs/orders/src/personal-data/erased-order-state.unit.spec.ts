import { erasedOrderState, evolve, initialState, type OrderEvent, type SubjectId } from '#domain';
import type { NewEvent } from '#event-store';
import { breachRecorded, makeOrder, orderMade } from '../../../domain/src/orders/testing/fixtures.js';
import { newDataKey } from './field-cipher.js';
import { openEvent, sealEvent } from './sealed-event-store.js';

const SUBJECT = 's-1';
const metadata = { schemaVersion: 1, recordedAt: '2026-11-23T09:00:00.000Z', actor: { userId: 'u', role: 'order-manager' }, commandId: 'c', correlationId: 'c' };

const history: OrderEvent[] = [
  orderMade(makeOrder({ subject: { subjectId: SUBJECT as SubjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [{ forenames: 'Janek', surname: 'Kowal' }], pncId: null }, subjectAddress: { line1: '1 Quay Street', postcode: 'ME14 1AA', force: 'kent' } })),
  {
    type: 'NotificationReceived',
    data: { orderId: 'order-1' as never, notificationId: 'n-1', notifiedOn: '2025-03-20', names: ['Jan Kowalski'], address: { line1: '2 Mill Lane', postcode: 'BN1 1AA', force: 'sussex' }, previousAddressForce: 'kent', lateBy: 0, changedOn: null },
  },
  breachRecorded('b-1', '2025-06-01'),
  {
    type: 'RecordCorrected',
    data: {
      orderId: 'order-1' as never,
      correctionId: 'c-1',
      correctedOn: '2025-07-01',
      reason: 'Surname misspelt by the court clerk',
      changes: { court: 'Canterbury Crown Court', subject: { surname: 'Kowalska', dateOfBirth: '1980-05-03' } },
      previous: { court: 'Maidstone Crown Court', subject: { surname: 'Kowalski', dateOfBirth: '1980-05-02' } },
    },
  },
];

const fold = (events: readonly OrderEvent[]) => events.reduce(evolve, initialState);

describe('an erased order state is what folding the erased log gives', () => {
  test('erasedOrderState(fold(events)) equals fold(events as read once the key is destroyed)', () => {
    const key = newDataKey();
    const read = history.map((event, i) => {
      const stored: NewEvent = { eventId: `e-${i}`, type: event.type, data: event.data as unknown as Record<string, unknown>, metadata };
      return { type: event.type, data: openEvent(sealEvent(stored, SUBJECT, key), new Map([[SUBJECT, 'erased' as const]])).data } as OrderEvent;
    });
    const erased = erasedOrderState(fold(history));
    expect(fold(read)).toEqual(erased);
    expect(JSON.stringify(erased)).not.toMatch(/Kowal|Janek|1980-05|Quay|Mill Lane|ME14|BN1|car wash|misspelt/);
    expect(erased).toMatchObject({ court: 'Canterbury Crown Court', madeOn: fold(history).status === 'none' ? '' : (fold(history) as { madeOn: string }).madeOn });
  });
});
