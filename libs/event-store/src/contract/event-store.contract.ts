import { randomUUID } from 'node:crypto';
import { DuplicateEvent, type EventStore, type NewEvent, WrongExpectedVersion } from '../event-store.port.js';

/**
 * The behaviour every EventStore adapter must show. Each adapter's spec calls this with a factory
 * that gives a fresh, empty store.
 */
export function eventStoreContract(open: () => Promise<{ store: EventStore; close(): Promise<void> }>) {
  let store: EventStore;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ store, close } = await open());
  });
  afterEach(async () => close());

  /**
   * The whole log once `count` events are readable. On a shared PostgreSQL server an event becomes
   * readable only when every older transaction in the cluster has ended, so a read straight after
   * an append may briefly see less: wait, within a bound, as any subscriber does.
   */
  const readAllOnce = async (count: number) => {
    const deadline = Date.now() + 10_000;
    let all = await store.readAll(null, 1000);
    while (all.length < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      all = await store.readAll(null, 1000);
    }
    return all;
  };

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

  test('a new stream starts at version 1 and reads back in order', async () => {
    const first = await store.append('order-a', [event('A', { n: 1 }), event('B', { n: 2 })], 0);
    expect(first.version).toBe(2);
    const events = await store.readStream('order-a');
    expect(events.map((e) => [e.type, e.streamVersion, e.data])).toEqual([
      ['A', 1, { n: 1 }],
      ['B', 2, { n: 2 }],
    ]);
    expect(events[1].position).toBe(first.position);
  });

  test('an unknown stream reads as empty', async () => {
    expect(await store.readStream('order-none')).toEqual([]);
  });

  test('appending with the right expected version moves the stream on', async () => {
    await store.append('order-a', [event()], 0);
    const next = await store.append('order-a', [event()], 1);
    expect(next.version).toBe(2);
  });

  test('a stale expected version is refused and appends nothing', async () => {
    await store.append('order-a', [event(), event()], 0);
    await expect(store.append('order-a', [event()], 1)).rejects.toBeInstanceOf(WrongExpectedVersion);
    await expect(store.append('order-a', [event()], 0)).rejects.toMatchObject({ actual: 2 });
    expect(await store.readStream('order-a')).toHaveLength(2);
  });

  test('expecting an existing version of a stream that does not exist is refused', async () => {
    await expect(store.append('order-b', [event()], 3)).rejects.toMatchObject({ actual: 0 });
    expect(await store.readStream('order-b')).toEqual([]);
  });

  test("'any' appends whatever the version", async () => {
    await store.append('order-a', [event()], 'any');
    const result = await store.append('order-a', [event()], 'any');
    expect(result.version).toBe(2);
  });

  test('an event id already in the log is refused and the whole batch is dropped', async () => {
    const once = event();
    await store.append('order-a', [once], 0);
    await expect(store.append('order-b', [event(), once], 0)).rejects.toBeInstanceOf(DuplicateEvent);
    expect(await store.readStream('order-b')).toEqual([]);
    expect(await readAllOnce(1)).toHaveLength(1);
    // the refused batch did not claim the stream either
    expect((await store.append('order-b', [event()], 0)).version).toBe(1);
  });

  test('appendEach makes its appends in the order given, a stream given twice included, each as append would', async () => {
    const results = await store.appendEach([
      { streamId: 'subject-a', events: [event('S1')], expected: 0 },
      { streamId: 'order-a', events: [event('A1'), event('A2')], expected: 0 },
      { streamId: 'subject-a', events: [event('S2')], expected: 1 },
      { streamId: 'order-b', events: [event('B1')], expected: 'any' },
    ]);
    expect(results.map((result) => result.version)).toEqual([1, 2, 2, 1]);
    const positions = results.map((result) => result.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect((await store.readStream('subject-a')).map((e) => [e.type, e.streamVersion])).toEqual([
      ['S1', 1],
      ['S2', 2],
    ]);
    expect((await readAllOnce(5)).map((e) => e.type)).toEqual(['S1', 'A1', 'A2', 'S2', 'B1']);
  });

  test('appendEach: a refused append stops those after it', async () => {
    await store.append('order-a', [event()], 0);
    await expect(
      store.appendEach([
        { streamId: 'order-b', events: [event()], expected: 0 },
        { streamId: 'order-a', events: [event()], expected: 0 },
        { streamId: 'order-c', events: [event()], expected: 0 },
      ]),
    ).rejects.toMatchObject({ streamId: 'order-a', actual: 1 });
    expect(await store.readStream('order-a')).toHaveLength(1);
    expect(await store.readStream('order-c')).toEqual([]);
  });

  test('readAll returns every event once, in order, resuming from a checkpoint', async () => {
    await store.append('order-a', [event('A1'), event('A2')], 0);
    await store.append('order-b', [event('B1')], 0);
    await store.append('order-a', [event('A3')], 2);
    const all = await readAllOnce(4);
    expect(all.map((e) => e.type)).toEqual(['A1', 'A2', 'B1', 'A3']);
    const firstTwo = await store.readAll(null, 2);
    const rest = await store.readAll(firstTwo[1].checkpoint, 100);
    expect([...firstTwo, ...rest].map((e) => e.eventId)).toEqual(all.map((e) => e.eventId));
    expect(await store.readAll(all[3].checkpoint, 100)).toEqual([]);
  });

  test('isCovered says whether a position is at or before a checkpoint', async () => {
    const a = await store.append('order-a', [event()], 0);
    const b = await store.append('order-b', [event()], 0);
    const [first] = await readAllOnce(2);
    expect(await store.isCovered(a.position, first.checkpoint)).toBe(true);
    expect(await store.isCovered(b.position, first.checkpoint)).toBe(false);
    expect(await store.isCovered(a.position, null)).toBe(false);
  });

  test('concurrent writers to different streams all land, and a reader sees each event exactly once', async () => {
    const writers = Array.from({ length: 8 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 5; i++) await store.append(`order-${w}`, [event(`W${w}`)], i);
      })(),
    );
    const seen: string[] = [];
    let checkpoint: string | null = null;
    const reading = (async () => {
      for (let round = 0; round < 200 && seen.length < 40; round++) {
        const batch = await store.readAll(checkpoint, 7);
        for (const e of batch) seen.push(e.eventId);
        if (batch.length) checkpoint = batch[batch.length - 1].checkpoint;
        else await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await Promise.all(writers);
    await reading;
    for (const deadline = Date.now() + 10_000; seen.length < 40 && Date.now() < deadline; ) {
      const rest = await store.readAll(checkpoint, 100);
      seen.push(...rest.map((e) => e.eventId));
      if (rest.length) checkpoint = rest[rest.length - 1].checkpoint;
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
  });

  test('concurrent writers to one stream: exactly one wins each version', async () => {
    await store.append('order-a', [event()], 0);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => store.append('order-a', [event()], 1)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof WrongExpectedVersion)).toHaveLength(4);
    expect(await store.readStream('order-a')).toHaveLength(2);
  });

  test('concurrent writers creating one stream: exactly one creates it', async () => {
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, n) => store.append('order-new', [event(`E${n}`)], 0)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof WrongExpectedVersion && r.reason.actual === 1)).toHaveLength(4);
    expect(await store.readStream('order-new')).toHaveLength(1);
  });

  test("concurrent 'any' writers to one stream all land, each batch on versions of its own", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, n) => store.append('order-a', [event(`A${n}`), event(`B${n}`)], 'any')));
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual([2, 4, 6, 8, 10, 12]);
    const events = await store.readStream('order-a');
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // a batch stays together, in its own order: A<n> then B<n>
    for (let i = 0; i < 12; i += 2) expect(events[i + 1].type).toBe(events[i].type.replace('A', 'B'));
  });

  test('event data and metadata come back exactly as written, whatever characters they hold', async () => {
    const awkward = {
      quotes: 'He said "no", then \'yes\'',
      separators: 'a,b;c{d}e[f](g)',
      backslashes: 'C:\\orders\\new \\" \\\\',
      unicode: 'Łukasz Wójcik — Zoë Ø 李 😀',
      blank: '',
      spaces: '  padded  ',
      nested: { list: [1, 'two', null, { three: [true, false] }], empty: {} },
      numbers: [0, -1, 1.5, 1e21],
    };
    const written = event('Awkward', awkward);
    written.metadata.correlationId = '{"not":"json",}';
    const result = await store.append('order-a', [written, event('Plain', { n: 1 })], 0);
    const [back] = await store.readStream('order-a');
    expect(back.data).toEqual(awkward);
    expect(back.metadata).toEqual(written.metadata);
    expect(back.eventId).toBe(written.eventId);
    expect(result.version).toBe(2);
  });
}
