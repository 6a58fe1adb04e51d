import type { SubjectId } from '#domain';
import type { OrderId } from '#domain';
import { type Actor, DEFAULT_LEGAL_CONFIG, EVENT_SCHEMA_VERSIONS, type MakeOrder, type RecordBreach } from '#domain';
import { InMemoryEventStore, WrongExpectedVersion } from '#event-store';
import { RandomIdSource, SettableClock } from '#platform';
import { OrderCommandHandling } from './order-command-handling.js';
import { IdempotencyKeyReused, VersionMismatch } from './request-context.js';

const kent: Actor = { userId: 'u-kent', role: 'order-manager', force: 'kent' };
const sussex: Actor = { userId: 'u-sussex', role: 'order-manager', force: 'sussex' };
const ORDER = '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01' as OrderId;

const makeOrder: MakeOrder = {
  type: 'MakeOrder',
  orderId: ORDER,
  orderType: 'STPO',
  owningForce: 'kent',
  court: 'Maidstone Crown Court',
  madeOn: '2025-03-14',
  servedOn: null,
  subject: { subjectId: 's-1' as SubjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [], pncId: null },
  prohibitions: [{ prohibitionId: 'p-1', text: 'Must not enter any car wash premises', until: null }],
};

const breach = (breachId: string): RecordBreach => ({
  type: 'RecordBreach',
  orderId: ORDER,
  breachId,
  occurredOn: '2026-11-20',
  locationForce: 'sussex',
  description: 'Seen at a car wash',
  prohibitionIds: ['p-1'],
});

function setUp() {
  const store = new InMemoryEventStore();
  const handling = new OrderCommandHandling(store, new SettableClock(new Date('2026-11-23T09:00:00Z')), new RandomIdSource(), DEFAULT_LEGAL_CONFIG);
  return { store, handling };
}

describe('the order command-handling shell', () => {
  test('appends what the decider decides, with metadata naming the actor and the schema version', async () => {
    const { store, handling } = setUp();
    const outcome = await handling.handle(makeOrder, 'cmd-1', { actor: kent, correlationId: 'req-1' });
    expect(outcome).toEqual({ orderId: ORDER, version: 1, position: 1 });
    const [event] = await store.readStream(`order-${ORDER}`);
    expect(event.type).toBe('OrderMade');
    expect(event.metadata).toMatchObject({
      schemaVersion: EVENT_SCHEMA_VERSIONS.OrderMade,
      actor: { userId: 'u-kent', role: 'order-manager', force: 'kent' },
      commandId: 'cmd-1',
      correlationId: 'req-1',
      recordedAt: '2026-11-23T09:00:00.000Z',
    });
  });

  test('a replayed command is answered with its first outcome and appends nothing', async () => {
    const { store, handling } = setUp();
    const request = { actor: kent, idempotencyKey: 'key-1', correlationId: 'r' };
    const commandId = handling.commandId(request);
    const first = await handling.handle(makeOrder, commandId, request);
    await handling.handle(breach('b-1'), 'cmd-breach', { actor: sussex, correlationId: 'r2' });
    const again = await handling.handle(makeOrder, handling.commandId(request), request);
    expect(again).toEqual(first);
    expect(await store.readStream(`order-${ORDER}`)).toHaveLength(2);
  });

  test('the same Idempotency-Key from two users is two commands', () => {
    const { handling } = setUp();
    const a = handling.commandId({ actor: kent, idempotencyKey: 'k', correlationId: 'r' });
    const b = handling.commandId({ actor: sussex, idempotencyKey: 'k', correlationId: 'r' });
    expect(a).not.toBe(b);
  });

  test('If-Match that is not the current version is refused before deciding', async () => {
    const { handling } = setUp();
    await handling.handle(makeOrder, 'cmd-1', { actor: kent, correlationId: 'r' });
    await expect(handling.handle(breach('b-1'), 'cmd-2', { actor: sussex, ifMatch: 0, correlationId: 'r' })).rejects.toBeInstanceOf(
      VersionMismatch,
    );
  });

  test('without If-Match, a command that lost a race is decided again on fresh state', async () => {
    const { store, handling } = setUp();
    await handling.handle(makeOrder, 'cmd-1', { actor: kent, correlationId: 'r' });
    // Another writer appends between this command's read and its append, once.
    const append = store.append.bind(store);
    let interfered = false;
    store.append = async (streamId, events, expected) => {
      if (!interfered) {
        interfered = true;
        const other = { ...events[0], eventId: 'other-writer', data: { ...events[0].data, breachId: 'b-other' } };
        await append(streamId, [{ ...other, metadata: { ...other.metadata, commandId: 'other' } }], expected);
      }
      return append(streamId, events, expected);
    };
    const outcome = await handling.handle(breach('b-2'), 'cmd-2', { actor: sussex, correlationId: 'r' });
    expect(outcome.version).toBe(3);
    const breaches = (await store.readStream(`order-${ORDER}`)).map((event) => event.data.breachId).filter(Boolean);
    expect(breaches).toEqual(['b-other', 'b-2']);
  });

  test('with If-Match, losing the race is a conflict for the client to resolve', async () => {
    const { store, handling } = setUp();
    await handling.handle(makeOrder, 'cmd-1', { actor: kent, correlationId: 'r' });
    store.append = async () => {
      throw new WrongExpectedVersion(`order-${ORDER}`, 1, 2);
    };
    await expect(handling.handle(breach('b-3'), 'cmd-3', { actor: sussex, ifMatch: 1, correlationId: 'r' })).rejects.toBeInstanceOf(
      VersionMismatch,
    );
  });

  test('a decision with no events changes nothing and reports the current version', async () => {
    const { store, handling } = setUp();
    await handling.handle(makeOrder, 'cmd-1', { actor: kent, correlationId: 'r' });
    const outcome = await handling.handle(
      { type: 'ExpireProhibitions', orderId: ORDER, today: '2026-11-23' },
      'tick',
      { actor: { userId: 'clock', role: 'system' }, correlationId: 'tick' },
    );
    expect(outcome).toEqual({ orderId: ORDER, version: 1, position: 1 });
    expect(await store.readStream(`order-${ORDER}`)).toHaveLength(1);
  });
});

describe('an Idempotency-Key used again for a different request', () => {
  test('on the same order, is refused and appends nothing', async () => {
    const { store, handling } = setUp();
    await handling.handle(makeOrder, 'cmd-1', { actor: kent, correlationId: 'r' });
    const request = { actor: sussex, idempotencyKey: 'k', correlationId: 'r' };
    await handling.handle(breach('b-1'), handling.commandId(request), request);
    await expect(handling.handle(breach('b-2'), handling.commandId(request), request)).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await store.readStream(`order-${ORDER}`)).toHaveLength(2);
  });

  test('on another order, is refused and appends nothing', async () => {
    const { store, handling } = setUp();
    const request = { actor: kent, idempotencyKey: 'k', correlationId: 'r' };
    await handling.handle(makeOrder, handling.commandId(request), request);
    const other = { ...makeOrder, orderId: '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c02' as OrderId };
    await expect(handling.handle(other, handling.commandId(request), request)).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await store.readAll(null, 10)).toHaveLength(1);
  });
});
