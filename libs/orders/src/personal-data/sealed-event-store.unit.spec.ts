import { ERASED } from '#domain';
import { InMemoryEventStore, type NewEvent } from '#event-store';
import { newDataKey } from './field-cipher.js';
import { isSealedField } from './personal-fields.js';
import { openEvent, SealedEventStore, sealEvent, type SubjectKeyring } from './sealed-event-store.js';
import type { SubjectKey } from './subject-keys.js';

/** The keys as SubjectKeys keeps them, in memory. */
class KeysInMemory implements SubjectKeyring {
  readonly keys = new Map<string, SubjectKey>();
  readonly orders = new Map<string, string>();
  async keysOf(ids: readonly string[]) {
    return new Map(ids.filter((id) => this.keys.has(id)).map((id) => [id, this.keys.get(id) as SubjectKey]));
  }
  async keysMadeFor(ids: readonly string[]) {
    for (const id of ids) if (!this.keys.has(id)) this.keys.set(id, newDataKey());
    return this.keysOf(ids);
  }
  async subjectsOfOrders(ids: readonly string[]) {
    return new Map(ids.filter((id) => this.orders.has(id)).map((id) => [id, this.orders.get(id) as string]));
  }
  async linkOrders(links: ReadonlyMap<string, string>) {
    for (const [orderId, subjectId] of links) this.orders.set(orderId, subjectId);
  }
}

const SUBJECT = '5d1c0c57-0a4b-4f7e-9d43-1f2a3b4c5d6e';
const ORDER = '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01';
const metadata = { schemaVersion: 1, recordedAt: '2026-11-23T09:00:00.000Z', actor: { userId: 'u-kent', role: 'order-manager', force: 'kent' }, commandId: 'c-1', correlationId: 'c-1' };

const registered: NewEvent = {
  eventId: 'e-1',
  type: 'SubjectRegistered',
  data: { subjectId: SUBJECT, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', pncId: '2001/0000001A', croNumber: null, aliases: [{ forenames: 'Janek', surname: 'Kowal' }] },
  metadata,
};
const made: NewEvent = {
  eventId: 'e-2',
  type: 'OrderMade',
  data: {
    orderId: ORDER,
    orderType: 'STPO',
    owningForce: 'kent',
    madeOn: '2025-03-14',
    subject: { subjectId: SUBJECT, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [], pncId: '2001/0000001A' },
    subjectAddress: { line1: '1 Quay Street', postcode: 'ME14 1AA', force: 'kent' },
  },
  metadata: { ...metadata, schemaVersion: 3 },
};
const notified: NewEvent = {
  eventId: 'e-3',
  type: 'NotificationReceived',
  data: { orderId: ORDER, notificationId: 'n-1', notifiedOn: '2025-03-20', names: ['Jan Kowalski'], address: { line1: '2 Mill Lane', postcode: 'BN1 1AA', force: 'sussex' }, lateBy: 0 },
  metadata,
};

async function setUp() {
  const log = new InMemoryEventStore();
  const keys = new KeysInMemory();
  const store = new SealedEventStore(log, keys);
  await store.append(`subject-${SUBJECT}`, [registered], 0);
  await store.append(`order-${ORDER}`, [made], 0);
  await store.append(`order-${ORDER}`, [notified], 1);
  return { log, keys, store };
}

describe('personal fields sealed under the subject’s key', () => {
  test('the log holds no personal field in clear; ids, types, dates and forces stay readable', async () => {
    const { log } = await setUp();
    const raw = JSON.stringify(await log.readAll(null, 10));
    for (const personal of ['Kowalski', 'Janek', '1980-05-02', '2001/0000001A', 'Quay Street', 'ME14 1AA', 'Mill Lane', 'BN1 1AA']) expect(raw).not.toContain(personal);
    const [, order, notification] = await log.readAll(null, 10);
    expect(order.data).toMatchObject({ orderId: ORDER, orderType: 'STPO', owningForce: 'kent', madeOn: '2025-03-14', subject: { subjectId: SUBJECT } });
    expect(isSealedField((order.data.subject as Record<string, unknown>).surname)).toBe(true);
    expect(notification.data).toMatchObject({ notifiedOn: '2025-03-20', address: { force: 'sussex' }, lateBy: 0 });
  });

  test('read back through the store, every event is as it was appended', async () => {
    const { store } = await setUp();
    expect((await store.readStream(`subject-${SUBJECT}`)).map((e) => e.data)).toEqual([registered.data]);
    expect((await store.readAll(null, 10)).map((e) => e.data)).toEqual([registered.data, made.data, notified.data]);
  });

  test('once the key is destroyed, personal fields read as the marker and the rest as it was', async () => {
    const { store, keys } = await setUp();
    keys.keys.set(SUBJECT, 'erased');
    const [subject, order, notification] = await store.readAll(null, 10);
    expect(subject.data).toEqual({ subjectId: SUBJECT, forenames: ERASED, surname: ERASED, dateOfBirth: null, pncId: null, croNumber: null, aliases: [] });
    expect(order.data).toEqual({
      ...made.data,
      subject: { subjectId: SUBJECT, forenames: ERASED, surname: ERASED, dateOfBirth: null, aliases: [], pncId: null },
      subjectAddress: { line1: ERASED, postcode: ERASED, force: 'kent' },
    });
    expect(notification.data).toEqual({ ...notified.data, names: [], address: { line1: ERASED, postcode: ERASED, force: 'sussex' } });
  });

  test('an erased subject’s new personal fields are written as the marker', async () => {
    const { store, keys, log } = await setUp();
    keys.keys.set(SUBJECT, 'erased');
    await store.append(`order-${ORDER}`, [{ ...notified, eventId: 'e-4' }], 2);
    const [last] = (await log.readStream(`order-${ORDER}`)).slice(-1);
    expect(last.data).toMatchObject({ names: [], address: { line1: ERASED, postcode: ERASED, force: 'sussex' } });
  });

  test('a subject recorded before sealing began (no key) is written and read in clear', async () => {
    const log = new InMemoryEventStore();
    const store = new SealedEventStore(log, new KeysInMemory());
    await store.append(`order-${ORDER}`, [made], 0);
    expect((await log.readStream(`order-${ORDER}`))[0].data).toEqual(made.data);
    expect((await store.readStream(`order-${ORDER}`))[0].data).toEqual(made.data);
  });

  test('a sealed field copied onto another event does not open', () => {
    const key = newDataKey();
    const sealed = sealEvent(notified, SUBJECT, key);
    const moved = { ...sealed, eventId: 'e-9' };
    expect(() => openEvent(moved, new Map([[SUBJECT, key]]))).toThrow(/does not open/);
    expect(openEvent(sealed, new Map([[SUBJECT, key]])).data).toEqual(notified.data);
  });

  test('a correction seals only the fields it names', () => {
    const corrected: NewEvent = {
      eventId: 'e-5',
      type: 'SubjectParticularsCorrected',
      data: { subjectId: SUBJECT, changes: { surname: 'Kowalska' }, previous: { surname: 'Kowalski' }, reason: 'Misspelt', correctedOn: '2025-04-01' },
      metadata,
    };
    const sealed = sealEvent(corrected, SUBJECT, newDataKey());
    expect(Object.keys(sealed.data.changes as object)).toEqual(['surname']);
    expect(sealed.data.correctedOn).toBe('2025-04-01');
    expect(openEvent(sealed, new Map([[SUBJECT, 'erased']])).data).toEqual({ ...corrected.data, changes: { surname: ERASED }, previous: { surname: ERASED }, reason: ERASED });
  });
});
