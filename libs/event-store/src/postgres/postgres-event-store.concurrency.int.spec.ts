import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-store.port.js';
import { logDatabaseForThisFile } from '../../../../test/support/log-database.js';
import { PostgresEventStore } from './postgres-event-store.js';

const WRITERS = 16;
const APPENDS_PER_WRITER = 25;
const ROUNDS = 20;
const EXPECTED = WRITERS * APPENDS_PER_WRITER + WRITERS * Math.ceil(APPENDS_PER_WRITER / 5);

const event = (writer: number, n: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'Appended',
  data: { writer, n },
  metadata: { schemaVersion: 1, recordedAt: '2026-11-23T09:00:00.000Z', actor: { userId: 'w', role: 'system' }, commandId: randomUUID(), correlationId: 'c' },
});

/**
 * The gap-free guarantee under load: while many transactions commit in an order of their own,
 * a subscriber resuming from its last checkpoint sees every event exactly once, in the order a later
 * full read gives — never skipping one that committed late. An event becomes readable only when
 * every older transaction in the cluster has ended (transaction ids are cluster-wide), so "complete"
 * is checked by reading on until all are seen, within a bound.
 */
describe(`the PostgreSQL log under concurrent writers (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  const log = logDatabaseForThisFile();

  test.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))('round %i: every event once, in one consistent order', async (round) => {
    const store = new PostgresEventStore(log.db);
    const ours = (streamId: string) => streamId.startsWith(`round-${round}-`);
    const writers = Array.from({ length: WRITERS }, async (_, writer) => {
      for (let n = 0; n < APPENDS_PER_WRITER; n++) {
        // Several streams per writer, and some appends of two events in one transaction, so commits interleave.
        const stream = `round-${round}-writer-${writer}-stream-${n % 3}`;
        await store.append(stream, n % 5 === 0 ? [event(writer, n), event(writer, n)] : [event(writer, n)], 'any');
      }
    });
    // The reader follows the whole log from the start, as a projection does.
    const seen: { eventId: string; streamId: string }[] = [];
    let checkpoint: string | null = null;
    const read = async (limit: number) => {
      const batch = await store.readAll(checkpoint, limit);
      for (const e of batch) seen.push({ eventId: e.eventId, streamId: e.streamId });
      if (batch.length) checkpoint = batch[batch.length - 1].checkpoint;
      return batch.length;
    };
    let writing = true;
    const reader = (async () => {
      const deadline = Date.now() + 60_000;
      while (writing && Date.now() < deadline) if ((await read(37)) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    })();
    await Promise.all(writers);
    writing = false;
    await reader;
    const deadline = Date.now() + 30_000;
    while (seen.filter((e) => ours(e.streamId)).length < EXPECTED && Date.now() < deadline) {
      if ((await read(1000)) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }

    const ids = seen.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.filter((e) => ours(e.streamId))).toHaveLength(EXPECTED);
    // On PGlite, transaction ids cross 999→1000 in the first round and 9999→10000 later: the order must hold across both.
    const fullRead = (await store.readAll(null, 1_000_000)).map((e) => e.eventId);
    expect(ids).toEqual(fullRead.slice(0, ids.length));
  });
});
