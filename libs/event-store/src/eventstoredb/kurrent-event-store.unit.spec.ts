import { randomUUID } from 'node:crypto';
import { StreamNotFoundError } from '@kurrent/kurrentdb-client';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { DuplicateEvent, type NewEvent, WrongExpectedVersion } from '../event-store.port.js';
import { KurrentEventStore } from './kurrent-event-store.js';
import { SimulatedKurrentClient, type SimulationOptions } from './testing/simulated-kurrent-client.js';

/*
 * The adapter's own logic (claims, paging, namespaces, wake-ups) over a simulated server that speaks
 * the real client's types and throws its error classes. What a real server does is checked by
 * kurrent-event-store.int.spec.ts, which runs only where EVENTSTORE_URL points at one.
 */

const event = (type = 'Happened', data: Record<string, unknown> = {}): NewEvent => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: {
    schemaVersion: 1,
    recordedAt: '2026-11-23T09:00:00.000Z',
    actor: { userId: 'test', role: 'order-manager', force: 'kent' },
    commandId: randomUUID(),
    correlationId: randomUUID(),
  },
});

const simulations: [string, SimulationOptions][] = [
  ['each event its own commit, reads start at their position', { commits: 'per-event', readAllStart: 'inclusive' }],
  ['an append shares one commit, reads start at their position', { commits: 'per-append', readAllStart: 'inclusive' }],
  ['each event its own commit, reads start after their position', { commits: 'per-event', readAllStart: 'exclusive' }],
];

describe.each(simulations)('KurrentDB event store over a simulated server (%s)', (_name, simulation) => {
  eventStoreContract(async () => {
    const store = new KurrentEventStore(new SimulatedKurrentClient(simulation), { liveWakeUps: false });
    return { store, close: () => store.close() };
  });
});

describe('KurrentDB event store: one shared server, a namespace per store (as the integration suite runs)', () => {
  const server = new SimulatedKurrentClient({ commits: 'per-append' });
  eventStoreContract(async () => {
    // Another tenant of the server and the server's own records, between every test.
    await new KurrentEventStore(server, { namespace: `other-${randomUUID()}-`, liveWakeUps: false }).append('order-a', [event('Noise')], 'any');
    server.writeSystemEvent('$stats-127.0.0.1:2113', '$statsCollected');
    const store = new KurrentEventStore(server, { namespace: `t-${randomUUID().slice(0, 8)}-`, liveWakeUps: false });
    return { store, close: async () => undefined };
  });
});

describe('KurrentDB event store: what the contract does not pin down', () => {
  let server: SimulatedKurrentClient;
  let store: KurrentEventStore;

  beforeEach(() => {
    server = new SimulatedKurrentClient();
    store = new KurrentEventStore(server, { liveWakeUps: false });
  });
  afterEach(() => store.close());

  test('streams keep our names on the server: order-<uuid> is the stream order-<uuid>', async () => {
    const streamId = `order-${randomUUID()}`;
    await store.append(streamId, [event('A')], 0);
    const onServer = [];
    for await (const resolved of server.readStream(streamId)) onServer.push(resolved.event?.type);
    expect(onServer).toEqual(['A']);
  });

  test('a namespace prefixes server stream names and is stripped on the way back', async () => {
    const spaced = new KurrentEventStore(server, { namespace: 'test-1-', liveWakeUps: false });
    await spaced.append('order-a', [event('A')], 0);
    await expect(collect(server.readStream('order-a'))).rejects.toBeInstanceOf(StreamNotFoundError);
    expect(await collect(server.readStream('test-1-order-a'))).toHaveLength(1);
    expect((await spaced.readAll(null, 10)).map((e) => e.streamId)).toEqual(['order-a']);
    expect(await new KurrentEventStore(server, { namespace: 'test-2-', liveWakeUps: false }).readAll(null, 10)).toEqual([]);
    // The empty namespace (production) holds every other one, but never their claim streams.
    expect((await store.readAll(null, 10)).map((e) => e.streamId)).toEqual(['test-1-order-a']);
  });

  test('the event id, type, data and metadata go to the server unchanged', async () => {
    const sent = event('OrderMade', { orderId: 'x', nested: { list: [1, 2] } });
    await store.append('order-a', [sent], 0);
    const [onServer] = await collect(server.readStream('order-a'));
    expect(onServer.event).toMatchObject({ id: sent.eventId, type: 'OrderMade', isJson: true, data: sent.data, metadata: sent.metadata, revision: 0n });
  });

  test('the same event id twice in one batch is refused before anything is written', async () => {
    const twice = event();
    const before = { ...server.calls };
    await expect(store.append('order-a', [twice, twice], 0)).rejects.toEqual(new DuplicateEvent(twice.eventId));
    expect(server.calls.appendToStream).toBe(before.appendToStream);
  });

  test('a retried append of events already in the stream is refused, not silently deduplicated', async () => {
    const events = [event(), event()];
    await store.append('order-a', events, 0);
    await expect(store.append('order-a', events, 'any')).rejects.toBeInstanceOf(DuplicateEvent);
    await expect(store.append('order-a', events, 0)).rejects.toBeInstanceOf(DuplicateEvent);
    expect(await store.readStream('order-a')).toHaveLength(2);
  });

  test('after a refused append (wrong version) the same event ids go through on the retry', async () => {
    await store.append('order-a', [event()], 0);
    const retried = [event(), event()];
    await expect(store.append('order-a', retried, 0)).rejects.toEqual(new WrongExpectedVersion('order-a', 0, 1));
    // The claims left behind by the refused append are stale: the events are not in the stream they name.
    const result = await store.append('order-a', retried, 1);
    expect(result.version).toBe(3);
    expect((await store.readStream('order-a')).map((e) => e.eventId)).toEqual([expect.any(String), ...retried.map((e) => e.eventId)]);
  });

  test('an event id claimed for another stream whose append failed can be used elsewhere, once the claim is old enough', async () => {
    const patient = new KurrentEventStore(server, { liveWakeUps: false, claimWaitMs: 100 });
    const reused = event();
    await patient.append('order-a', [event()], 0);
    await expect(patient.append('order-a', [reused], 0)).rejects.toBeInstanceOf(WrongExpectedVersion);
    const started = Date.now();
    expect((await patient.append('order-b', [reused], 0)).version).toBe(1);
    // It waited: order-a's append could have been still under way.
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    await expect(patient.append('order-c', [reused], 0)).rejects.toEqual(new DuplicateEvent(reused.eventId));
  });

  test('concurrent appends of one event id to two streams: one lands, the other is refused as a duplicate', async () => {
    // Appends to order streams take longer than claims and reads: the second writer sees the first
    // one's claim while its append is still under way.
    const slow = new SimulatedKurrentClient({ delay: (call, stream) => (call === 'appendToStream' && stream?.startsWith('order-') ? 6 : 0) });
    const racing = new KurrentEventStore(slow, { liveWakeUps: false });
    for (let round = 0; round < 20; round++) {
      const shared = event();
      const outcomes = await Promise.allSettled([
        racing.append(`order-${round}-a`, [event(), shared], 0),
        racing.append(`order-${round}-b`, [shared], 0),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof DuplicateEvent)).toHaveLength(1);
    }
    const all = await racing.readAll(null, 1_000);
    expect(new Set(all.map((e) => e.eventId)).size).toBe(all.length);
  });

  test('claim streams never show in readAll', async () => {
    await store.append('order-a', [event('A')], 0);
    const all = await store.readAll(null, 100);
    expect(all.map((e) => [e.streamId, e.type])).toEqual([['order-a', 'A']]);
    expect(await collect(server.readStream(`stor-event-id-${all[0].eventId}`))).toHaveLength(1);
  });

  test('readAll pages past events that are not ours without stopping short', async () => {
    await store.append('order-a', [event('A1')], 0);
    for (let i = 0; i < 25; i++) server.writeSystemEvent('$stats', '$statsCollected');
    // Claims for these land between our events too.
    await store.append('order-b', [event('B1'), event('B2'), event('B3')], 0);
    const first = await store.readAll(null, 2);
    expect(first.map((e) => e.type)).toEqual(['A1', 'B1']);
    const rest = await store.readAll(first[1].checkpoint, 2);
    expect(rest.map((e) => e.type)).toEqual(['B2', 'B3']);
    expect(await store.readAll(rest[1].checkpoint, 2)).toEqual([]);
  });

  test('positions are unique, increase along the log, and the checkpoint is commit:prepare', async () => {
    const result = await store.append('order-a', [event(), event(), event()], 0);
    const events = await store.readAll(null, 10);
    expect(new Set(events.map((e) => e.position)).size).toBe(3);
    expect(events.map((e) => e.position)).toEqual([...events.map((e) => e.position)].sort((a, b) => a - b));
    expect(result.position).toBe(events[2].position);
    for (const e of events) expect(e.checkpoint).toMatch(new RegExp(`^\\d+:${e.position}$`));
  });

  test('isCovered is false for every event of an append not yet read past, even when a batch shares a commit', async () => {
    const shared = new KurrentEventStore(new SimulatedKurrentClient({ commits: 'per-append' }), { liveWakeUps: false });
    const appended = await shared.append('order-a', [event(), event(), event()], 0);
    const [first] = await shared.readAll(null, 1);
    expect(await shared.isCovered(first.position, first.checkpoint)).toBe(true);
    expect(await shared.isCovered(appended.position, first.checkpoint)).toBe(false);
    await shared.close();
  });

  test('an expected version that is not a whole number is refused before any I/O', async () => {
    await expect(store.append('order-a', [event()], -1)).rejects.toBeInstanceOf(RangeError);
    await expect(store.append('order-a', [event()], 1.5)).rejects.toBeInstanceOf(RangeError);
    expect(server.calls.appendToStream).toBe(0);
  });

  test('close disposes the client', async () => {
    await store.close();
    expect(server.disposed).toBe(true);
  });
});

describe('KurrentDB event store: wake-ups from the $all subscription', () => {
  test('an append by another process wakes a listener; the subscription runs only while someone listens', async () => {
    const server = new SimulatedKurrentClient();
    const store = new KurrentEventStore(server);
    const elsewhere = new KurrentEventStore(server, { liveWakeUps: false });
    expect(server.openSubscriptions()).toBe(0);
    let wakes = 0;
    const off = store.onAppended(() => wakes++);
    expect(server.openSubscriptions()).toBe(1);
    await waitUntil(() => wakes >= 1); // the nudge after subscribing
    const before = wakes;
    await elsewhere.append('order-a', [event()], 0);
    await waitUntil(() => wakes > before);
    off();
    off();
    await waitUntil(() => server.openSubscriptions() === 0);
    expect(store.wakeUpStatus()).toBeNull();
    await store.close();
  });

  test('appends to claim streams and system streams wake nobody', async () => {
    const server = new SimulatedKurrentClient();
    const store = new KurrentEventStore(server);
    let wakes = 0;
    const off = store.onAppended(() => wakes++);
    await waitUntil(() => wakes >= 1);
    const before = wakes;
    server.writeSystemEvent('$stats', '$statsCollected');
    await server.appendToStream(`stor-event-id-${randomUUID()}`, [{ id: randomUUID(), contentType: 'application/json', type: 'EventIdClaimed', data: {}, metadata: undefined }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wakes).toBe(before);
    off();
    await store.close();
  });

  test('after the connection drops, the store resubscribes and nudges the runner', async () => {
    const server = new SimulatedKurrentClient();
    const store = new KurrentEventStore(server, { subscription: { initialBackoffMs: 1 } });
    let wakes = 0;
    const off = store.onAppended(() => wakes++);
    await waitUntil(() => wakes >= 1);
    server.dropSubscriptions();
    await waitUntil(() => server.calls.subscribeToAll === 2 && wakes >= 2);
    expect(server.openSubscriptions()).toBe(1);
    off();
    await store.close();
  });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
