// How fast STOR's PostgreSQL event store takes appends, against the raw-INSERT floor and against
// Emmett's PostgreSQL event store, on the same server, with the same row shape and the same
// concurrency; and how fast a ProjectionRunner catches up on a loaded log. Uses the BUILT store
// from dist/. Prints a markdown section of medians on stdout (progress on stderr).
//
//   npm run build && node bench/append-throughput.mjs [--seconds 5] [--runs 3] [--writers 1,4,16]
//       [--streams 100] [--events 20000] [--server-only]
//   DATABASE_URL picks the server (default postgres://postgres@127.0.0.1:5432/test); it needs
//   CREATE DATABASE rights: every measurement gets a fresh database, dropped afterwards.
//
// Each (run, writer count) measures every contender back to back, in an order rotated per run,
// so background load on a shared machine falls on all of them alike. Every measurement starts on a
// fresh database (PGlite: a fresh temp data directory). Writers append single-event batches to
// their own streams, round-robin, so no append conflicts; before the timed window each writer
// creates each of its streams once (untimed), so each timed append is an expected-version check.
import { execFileSync } from 'node:child_process';
import { tmpdir, cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import * as eventStore from '../dist/libs/event-store/src/index.js';
import { openDatabase } from '../dist/libs/platform/src/index.js';
import { admin, breachEvent, drive, storOver, FLOOR_TABLE, freshDatabase, freshDataDir, log, median } from './append-common.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    writers: { type: 'string', default: '1,4,16' },
    streams: { type: 'string', default: '100' },
    'max-appends': { type: 'string', default: '200000' },
    events: { type: 'string', default: '20000' },
    'server-only': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(values.seconds);
const RUNS = Number(values.runs);
const WRITERS = values.writers.split(',').map(Number);
const STREAMS_PER_WRITER = Number(values.streams);
const MAX_APPENDS = Number(values['max-appends']);
const CATCH_UP_EVENTS = Number(values.events);
const WITH_PGLITE = !values['server-only'];
const { ProjectionRunner, CreateProjectionCheckpoints1763870000050 } = eventStore;
/** The log's migrations as the app runs them (EVENT_LOG_MIGRATIONS where the build has it), then checkpoints. */
const MIGRATIONS = [...(eventStore.EVENT_LOG_MIGRATIONS ?? [eventStore.CreateEventStore1763870000000]), CreateProjectionCheckpoints1763870000050];

// ---------------------------------------------------------------- contenders
// Each opens on fresh storage and answers append(streamId, expectedVersion, n) and close().

/** STOR's store as the app builds it: openDatabase (a pool of 10 on a server) and the real migrations. */
async function openStor(storage) {
  const config = storage.url ? { databaseUrl: storage.url, dataDir: tmpdir() } : { dataDir: storage.dir };
  const db = await openDatabase(config, { migrations: MIGRATIONS });
  // As the app opens it (apps/cli/src/runtime.ts): only a server has other processes to NOTIFY.
  return storOver(db, { notifyOtherProcesses: Boolean(storage.url) });
}

/** The floor: one autocommitted INSERT ... RETURNING per append into an identical table, pool = writers. */
async function openFloor(storage, writers) {
  const pool = new pg.Pool({ connectionString: storage.url, max: writers });
  await pool.query(FLOOR_TABLE);
  return {
    append: async (streamId, version, n) => {
      const event = breachEvent(streamId, n);
      await pool.query(
        `INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
         VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6::jsonb) RETURNING global_position`,
        [event.eventId, streamId, version + 1, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata)],
      );
    },
    close: () => pool.end(),
  };
}

/** Emmett with its defaults (its own pg.Pool, max 10), the expected stream version checked. */
async function openEmmett(storage) {
  const store = getPostgreSQLEventStore(storage.url);
  await store.schema.migrate();
  return {
    append: async (streamId, version, n) => {
      const { type, data, metadata } = breachEvent(streamId, n);
      await store.appendToStream(streamId, [{ type, data, metadata }], { expectedStreamVersion: BigInt(version) });
    },
    close: () => store.close(),
  };
}

const SERVER_CONTENDERS = [
  { key: 'floor', open: openFloor },
  { key: 'stor', open: openStor },
  { key: 'emmett', open: openEmmett },
];

async function measureOnce({ key, open }, where, writers, run) {
  const storage = where === 'pglite' ? freshDataDir() : await freshDatabase();
  const target = await open(storage, writers);
  try {
    const rate = await drive(target, { writers, streamsPerWriter: STREAMS_PER_WRITER, seconds: SECONDS, maxAppends: MAX_APPENDS });
    log(`${key} (${where}), ${writers} writer(s), run ${run + 1}: ${Math.round(rate)} appends/s`);
    return rate;
  } finally {
    await target.close();
    await storage.drop();
  }
}

async function appendRates() {
  const rates = { floor: new Map(), stor: new Map(), emmett: new Map(), storPglite: new Map() };
  for (const all of Object.values(rates)) for (const w of WRITERS) all.set(w, []);
  for (let run = 0; run < RUNS; run++) {
    for (const writers of WRITERS) {
      const order = SERVER_CONTENDERS.map((_, i) => SERVER_CONTENDERS[(i + run) % SERVER_CONTENDERS.length]);
      for (const contender of order) rates[contender.key].get(writers).push(await measureOnce(contender, 'server', writers, run));
      if (WITH_PGLITE) rates.storPglite.get(writers).push(await measureOnce({ key: 'stor', open: openStor }, 'pglite', writers, run));
    }
  }
  const medians = {};
  for (const [key, perWriters] of Object.entries(rates)) medians[key] = new Map([...perWriters].map(([w, xs]) => [w, median(xs)]));
  // Shares of the floor: the median of each run's ratio (contenders of a run ran back to back, so
  // a ratio within a run is steadier on a shared machine than a ratio of medians).
  const share = (key) => new Map(WRITERS.map((w) => [w, median(rates[key].get(w).map((x, run) => x / rates.floor.get(w)[run]))]));
  medians.shares = { stor: share('stor'), emmett: share('emmett') };
  return medians;
}

// ---------------------------------------------------------------- projection catch-up

/** One row per event, in the runner's transaction (which also moves the checkpoint). */
const breachesProjection = {
  name: 'bench-breaches',
  tables: ['bench_breaches'],
  async apply(event, tx) {
    await tx.query(
      `INSERT INTO bench_breaches (breach_id, order_id, occurred_on, location_force, position) VALUES ($1, $2, $3, $4, $5)`,
      [event.data.breachId, event.data.orderId, event.data.occurredOn, event.data.locationForce, event.position],
    );
  },
};

/** Loads CATCH_UP_EVENTS through STOR's store, then times RUNS catch-ups from position 0. */
async function catchUpRates(where) {
  const storage = where === 'pglite' ? freshDataDir() : await freshDatabase();
  const stor = await openStor(storage);
  try {
    await stor.db.query(`CREATE TABLE bench_breaches (
      breach_id uuid PRIMARY KEY, order_id uuid NOT NULL, occurred_on date NOT NULL, location_force text NOT NULL, position bigint NOT NULL)`);
    // 16 writers over ~1,000 order streams, batches of 10 events per append (to keep the load short).
    const writers = 16;
    const perAppend = 10;
    const appends = Math.ceil(CATCH_UP_EVENTS / perAppend);
    let next = 0;
    const began = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async () => {
        const streams = Array.from({ length: Math.ceil(1000 / writers) }, () => ({ id: `order-${randomUUID()}`, version: 0 }));
        for (let i = 0; next < appends; i++) {
          next++;
          const stream = streams[i % streams.length];
          const events = Array.from({ length: perAppend }, (_, k) => breachEvent(stream.id, i * perAppend + k));
          await stor.store.append(stream.id, events, stream.version);
          stream.version += perAppend;
        }
      }),
    );
    const loaded = appends * perAppend;
    const load = loaded / ((performance.now() - began) / 1000);
    const [span] = await stor.db.query(`SELECT min(tx_id)::text AS first, max(tx_id)::text AS last FROM events`);
    log(`catch-up ${where}: loaded ${loaded} events at ${Math.round(load)} events/s, tx ids ${span.first}..${span.last}`);

    const rates = [];
    for (let run = 0; run < RUNS; run++) {
      await stor.db.query(`TRUNCATE bench_breaches`);
      await stor.db.query(`DELETE FROM projection_checkpoints`);
      const runner = new ProjectionRunner(stor.store, stor.db, [breachesProjection], {
        batchSize: 500, // as apps/projector
        pollMs: 1000,
        onError: (projection, eventId, error) => log(`${projection} failed at ${eventId}: ${error}`),
      });
      const start = performance.now();
      const applied = await runner.catchUp();
      const seconds = (performance.now() - start) / 1000;
      const [{ count }] = await stor.db.query(`SELECT count(*)::int AS count FROM bench_breaches`);
      log(`catch-up ${where}, run ${run + 1}: ${applied} events in ${seconds.toFixed(2)} s, ${count} rows`);
      // Every event exactly once, or the rate means nothing.
      if (applied !== loaded || count !== loaded) throw new Error(`catch-up applied ${applied} events (${count} rows) of ${loaded}`);
      rates.push(applied / seconds);
    }
    return { loaded, load, span, catchUp: median(rates) };
  } finally {
    await stor.close();
    await storage.drop();
  }
}

// ---------------------------------------------------------------- run and report

const startedAt = performance.now();
const git = (...args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const revision = `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${git('status', '--porcelain', '--', 'libs/event-store', 'libs/platform') ? ' + uncommitted changes to the store' : ''}`;
const [{ server_version: serverVersion }] = (await admin('SHOW server_version')).rows;
const rates = await appendRates();
const catchUps = [['PostgreSQL server', await catchUpRates('server')]];
if (WITH_PGLITE) catchUps.push(['embedded PGlite', await catchUpRates('pglite')]);
const minutes = (performance.now() - startedAt) / 60_000;

const top = Math.max(...WRITERS);
const pct = (x, of) => `${Math.round((100 * x) / of)}%`;
const cols = WRITERS.map((w) => `${w} writer${w > 1 ? 's' : ''}`).join(' | ');
const rule = WRITERS.map(() => '---:').join(' | ');
const row = (label, r, vsFloor = true) =>
  `| ${label} | ${WRITERS.map((w) => Math.round(r.get(w))).join(' | ')} | ${vsFloor ? pct(r.get(top), rates.floor.get(top)) : '—'} |`;
const share = (label, r) => `| ${label} | ${WRITERS.map((w) => `${Math.round(100 * r.get(w))}%`).join(' | ')} |`;

console.log(`### PostgreSQL ${serverVersion} server and embedded PGlite — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}
Appends/s, one event per append, median of ${RUNS} runs of ${SECONDS} s (fresh database for every measurement; ${STREAMS_PER_WRITER} streams per writer); the whole benchmark took ${minutes.toFixed(1)} min. STOR at ${revision}.

| contender | ${cols} | medians' ratio to the floor at ${top} |
| --- | ${rule} | ---: |
${row('raw pg INSERT floor (pool = writers)', rates.floor)}
${row("STOR's store, server (openDatabase's pool of 10)", rates.stor)}
${row('Emmett 0.42.0 (its default pool of 10)', rates.emmett)}${WITH_PGLITE ? `\n${row("STOR's store, embedded PGlite (one session; no peer)", rates.storPglite, false)}` : ''}

As a share of the floor at the same concurrency (median of the per-run ratios):

| contender | ${cols} |
| --- | ${rule} |
${share("STOR's store", rates.shares.stor)}
${share('Emmett', rates.shares.emmett)}

Projection catch-up from position 0 — ProjectionRunner, batch 500, one projection inserting one row per event, checkpoint in the same transaction; events loaded through STOR's store (16 writers, 10 events per append); events/s, median of ${RUNS}:

| mode | events (their tx ids) | load, events/s | catch-up, events/s |
| --- | --- | ---: | ---: |
${catchUps.map(([mode, c]) => `| ${mode} | ${c.loaded} (${c.span.first}..${c.span.last}) | ${Math.round(c.load)} | ${Math.round(c.catchUp)} |`).join('\n')}
`);
