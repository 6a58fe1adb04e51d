// Shared by bench/append-throughput.mjs and bench/append-profile.mjs: the event every contender
// writes, fresh databases on the server, the floor's table, and the load loop.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '../dist/libs/event-store/src/index.js';
import { admin as adminOn, databaseUrl } from './stor-store.mjs';

export const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const log = (message) => process.stderr.write(`${message}\n`);

const LOCATIONS = ['metropolitan', 'west-midlands', 'greater-manchester', 'west-yorkshire', 'merseyside'];

/** A breach as the app records it: ~400 bytes of data, metadata shaped like the app's. */
export function breachEvent(streamId, n) {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type: 'BreachRecorded',
    data: {
      orderId: streamId.slice('order-'.length),
      breachId: randomUUID(),
      occurredOn: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      locationForce: LOCATIONS[n % LOCATIONS.length],
      description:
        'Subject was found working unsupervised at a car wash in breach of the prohibition on employing ' +
        'or managing workers; officers attended after a report from a member of the public.',
      prohibitionIds: [randomUUID(), randomUUID()],
      requirements: ['notification'],
    },
    metadata: {
      schemaVersion: 2,
      recordedAt: new Date().toISOString(),
      actor: { userId: 'officer-4711', role: 'officer', force: 'met' },
      commandId,
      commandFingerprint: createHash('sha256').update(commandId).digest('hex'),
      correlationId: randomUUID(),
    },
  };
}

/** One statement on the server's maintenance connection. */
export const admin = (sql) => adminOn(SERVER, sql);

let databases = 0;

/** A new database on the server, dropped (WITH FORCE) by `drop`. */
export async function freshDatabase(prefix = 'stor_bench_append') {
  const name = `${prefix}_${process.pid}_${databases++}`;
  await admin(`CREATE DATABASE ${name}`);
  return { url: databaseUrl(SERVER, name), drop: () => dropDatabase(name) };
}

/**
 * A closed pool may still have connections on their way out (pg-pool's end() does not wait for
 * them), and WITH (FORCE) would terminate them under a client that then throws: wait for them
 * (bounded), forcing only as the last resort.
 */
async function dropDatabase(name) {
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      await admin(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if (error.code !== '55006') throw error; // object_in_use: sessions still attached
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export function freshDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'stor-bench-append-'));
  return { dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** The same columns, constraints and indexes as STOR's events table (event-store.migration.ts). */
export const FLOOR_TABLE = `
  CREATE TABLE events (
    global_position bigserial PRIMARY KEY,
    tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    event_id uuid NOT NULL UNIQUE,
    stream_id text NOT NULL,
    stream_version integer NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    metadata jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (stream_id, stream_version)
  );
  CREATE INDEX events_in_log_order ON events (tx_id, global_position);`;

/**
 * Appends/s over a timed window, `writers` at once, each on its own `streamsPerWriter` streams,
 * round-robin, single-event batches. Before the window, untimed, every stream is created once
 * (expected version 0), so every timed append checks an existing stream's version.
 * Bounded: stops at the deadline or after `maxAppends` per writer.
 */
export async function drive(target, { writers, streamsPerWriter, seconds, maxAppends }) {
  const streams = Array.from({ length: writers }, () =>
    Array.from({ length: streamsPerWriter }, () => ({ id: `order-${randomUUID()}`, version: 0 })),
  );
  let n = 0;
  await Promise.all(
    streams.map(async (mine) => {
      for (const stream of mine) {
        await target.append(stream.id, stream.version, n++);
        stream.version++;
      }
    }),
  );
  let appended = 0;
  const began = performance.now();
  const deadline = began + seconds * 1000;
  await Promise.all(
    streams.map(async (mine) => {
      for (let i = 0; i < maxAppends && performance.now() < deadline; i++) {
        const stream = mine[i % mine.length];
        await target.append(stream.id, stream.version, n++);
        stream.version++;
        appended++;
      }
    }),
  );
  return appended / ((performance.now() - began) / 1000);
}

/** STOR's store over an opened database, as each contender drives it: append one breach, close all. */
export function storOver(db, options) {
  const store = new PostgresEventStore(db, options);
  return {
    db,
    store,
    append: (streamId, version, n) => store.append(streamId, [breachEvent(streamId, n)], version),
    close: async () => {
      await store.close();
      await db.destroy();
    },
  };
}
