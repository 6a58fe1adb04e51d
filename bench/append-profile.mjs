// Where an append's time goes in STOR's PostgreSQL store, at 16 writers on the server: the same
// load as bench/append-throughput.mjs, against variants that add STOR's guarantees one at a time
// (a transaction, the compare-and-set on event_streams, the NOTIFY, TypeORM, the pool size), with
// per-statement client-side timings and a sample of what the server's backends wait on.
// The raw variants are bench-side; "STOR's store" variants are the built store (dist/) with its options.
// "raw: STOR's statements — BEGIN; …; pg_notify; COMMIT" is how the store appended before decision 0007;
// "the text CTE" and "PL/pgSQL function, one array per column" are the forms tried on the way.
//
//   npm run build && node bench/append-profile.mjs [--seconds 4] [--runs 3] [--writers 16] [--streams 100]
//       [--only 'as built|Emmett']   (variants whose label contains one of these; the floor always runs)
//   DATABASE_URL as for append-throughput.mjs (default postgres://postgres@127.0.0.1:5432/test)
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import * as eventStore from '../dist/libs/event-store/src/index.js';
import { CreateAppendFunction1764500000000 } from '../dist/libs/event-store/src/postgres/append-function.migration.js';
import { openDatabase } from '../dist/libs/platform/src/index.js';
import { breachEvent, drive, FLOOR_TABLE, freshDatabase, log, median, SERVER } from './append-common.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    writers: { type: 'string', default: '16' },
    streams: { type: 'string', default: '100' },
    only: { type: 'string', default: '' },
  },
});
const SECONDS = Number(values.seconds);
const RUNS = Number(values.runs);
const WRITERS = Number(values.writers);
const STREAMS = Number(values.streams);
const { PostgresEventStore, LOG_CHANNEL } = eventStore;
const MIGRATIONS = eventStore.EVENT_LOG_MIGRATIONS ?? [eventStore.CreateEventStore1763870000000];
const STREAMS_TABLE = `CREATE TABLE event_streams (stream_id text PRIMARY KEY, version integer NOT NULL CHECK (version > 0))`;
const INSERT = `INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
  VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6::jsonb) RETURNING global_position`;
const params = (streamId, version, n) => {
  const e = breachEvent(streamId, n);
  return [e.eventId, streamId, version + 1, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata)];
};

// ---------------------------------------------------------------- raw pg variants

/** Per-statement client-side time, summed over the timed window (warm-up included, it is small). */
function timings() {
  const totals = new Map();
  return {
    async time(label, promise) {
      const began = performance.now();
      const result = await promise;
      const t = totals.get(label) ?? { ms: 0, n: 0 };
      t.ms += performance.now() - began;
      t.n++;
      totals.set(label, t);
      return result;
    },
    report: () => [...totals].map(([label, t]) => `${label} ${(t.ms / t.n).toFixed(2)}`).join(', '),
    totals,
  };
}

/** A raw pg variant: `body(client, streamId, version, n, t)` is one append on a pooled client. */
const rawVariant = (poolSize, body) => async (url) => {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  await pool.query(`${FLOOR_TABLE}; ${STREAMS_TABLE}`);
  await body.setUp?.(pool);
  const t = timings();
  let notifier = null;
  return {
    timings: t,
    append: async (streamId, version, n) => {
      const client = await pool.connect();
      try {
        await body(client, streamId, version, n, t);
      } finally {
        client.release();
      }
      // For the coalesced variant: at most one NOTIFY in flight, after commit; appends that land
      // while one is in flight share the next one.
      if (body.notifyAfterCommit) {
        if (notifier) notifier.again = true;
        else {
          notifier = { again: false };
          void (async () => {
            do {
              notifier.again = false;
              await pool.query(`SELECT pg_notify('${LOG_CHANNEL}', '')`);
            } while (notifier.again);
            notifier = null;
          })();
        }
      }
    },
    close: async () => {
      while (notifier) await new Promise((resolve) => setTimeout(resolve, 5));
      await pool.end();
    },
  };
};

async function claim(client, streamId, version, t) {
  const claimed =
    version === 0
      ? await t.time('claim', client.query(`INSERT INTO event_streams (stream_id, version) VALUES ($1, 1) ON CONFLICT (stream_id) DO NOTHING RETURNING version`, [streamId]))
      : await t.time('claim', client.query(`UPDATE event_streams SET version = version + 1 WHERE stream_id = $1 AND version = $2 RETURNING version`, [streamId, version]));
  if (claimed.rowCount !== 1) throw new Error(`wrong expected version on ${streamId}`);
}

const floor = async (client, streamId, version, n, t) => t.time('insert', client.query(INSERT, params(streamId, version, n)));

const inTransaction = async (client, streamId, version, n, t) => {
  await t.time('begin', client.query('BEGIN'));
  await t.time('insert', client.query(INSERT, params(streamId, version, n)));
  await t.time('commit', client.query('COMMIT'));
};

const storStatements = (notify) => async (client, streamId, version, n, t) => {
  await t.time('begin', client.query('BEGIN'));
  await claim(client, streamId, version, t);
  await t.time('insert', client.query(INSERT, params(streamId, version, n)));
  if (notify) await t.time('notify', client.query(`SELECT pg_notify('${LOG_CHANNEL}', '')`));
  await t.time('commit', client.query('COMMIT'));
};

const coalesced = storStatements(false);
const coalescedNotify = async (...args) => coalesced(...args);
coalescedNotify.notifyAfterCommit = true;

/** Compare-and-set and insert in one autocommitted statement (one round trip); NOTIFY optional. */
const oneStatement = (notify) => async (client, streamId, version, n, t) => {
  const [eventId, , , type, data, metadata] = params(streamId, version, n);
  const claimSql =
    version === 0
      ? `INSERT INTO event_streams (stream_id, version) VALUES ($2, 1) ON CONFLICT (stream_id) DO NOTHING RETURNING version`
      : `UPDATE event_streams SET version = version + 1 WHERE stream_id = $2 AND version = $6 RETURNING version`;
  const result = await t.time(
    'append',
    client.query(
      `WITH claimed AS (${claimSql}),
            inserted AS (INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
                         SELECT $1::uuid, $2, claimed.version, $3, $4::jsonb, $5::jsonb FROM claimed RETURNING global_position)
       SELECT global_position${notify ? `, pg_notify('${LOG_CHANNEL}', '')` : ''} FROM inserted`,
      version === 0 ? [eventId, streamId, type, data, metadata] : [eventId, streamId, type, data, metadata, version],
    ),
  );
  if (result.rowCount !== 1) throw new Error(`wrong expected version on ${streamId}`);
};

/** The first one-statement form (a text CTE, the batch through unnest of arrays), on raw pg; `prepared`: a named statement. */
const storAppendStatement = (prepared) => async (client, streamId, version, n, t) => {
  const e = breachEvent(streamId, n);
  const claimSql =
    version === 0
      ? `INSERT INTO event_streams (stream_id, version) VALUES ($1, $2::integer) ON CONFLICT (stream_id) DO NOTHING RETURNING 0 AS base`
      : `UPDATE event_streams SET version = version + $2::integer WHERE stream_id = $1 AND version = $7::integer RETURNING version - $2::integer AS base`;
  const text = `WITH claimed AS (${claimSql})
     INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
     SELECT e.event_id, $1, claimed.base + e.ord, e.type, e.data, e.metadata
       FROM claimed, unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY AS e(event_id, type, data, metadata, ord)
      ORDER BY e.ord
     RETURNING global_position, stream_version`;
  const values = [streamId, 1, [e.eventId], [e.type], [JSON.stringify(e.data)], [JSON.stringify(e.metadata)], ...(version === 0 ? [] : [version])];
  const result = await t.time('append', client.query(prepared ? { name: `append-${version === 0 ? 'new' : 'at'}`, text, values } : { text, values }));
  if (result.rowCount !== 1) throw new Error(`wrong expected version on ${streamId}`);
};

const APPEND_FUNCTION = `
CREATE FUNCTION append_events(stream text, expected integer, event_ids uuid[], types text[], datas jsonb[], metadatas jsonb[])
RETURNS TABLE (appended_position bigint, appended_version integer) LANGUAGE plpgsql AS $fn$
DECLARE
  base integer;
  n integer := cardinality(event_ids);
BEGIN
  IF expected IS NULL THEN
    INSERT INTO event_streams AS s (stream_id, version) VALUES (stream, n)
      ON CONFLICT (stream_id) DO UPDATE SET version = s.version + n RETURNING s.version - n INTO base;
  ELSIF expected = 0 THEN
    INSERT INTO event_streams (stream_id, version) VALUES (stream, n) ON CONFLICT (stream_id) DO NOTHING RETURNING 0 INTO base;
  ELSE
    UPDATE event_streams SET version = version + n WHERE stream_id = stream AND version = expected RETURNING version - n INTO base;
  END IF;
  IF base IS NULL THEN RETURN; END IF;
  RETURN QUERY
    INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
    SELECT e.event_id, stream, base + e.ord::integer, e.type, e.data, e.metadata
      FROM unnest(event_ids, types, datas, metadatas) WITH ORDINALITY AS e(event_id, type, data, metadata, ord)
     ORDER BY e.ord
    RETURNING events.global_position, events.stream_version;
END $fn$`;

/** The same append as a PL/pgSQL function (its statements' plans are cached per session), one array per column. */
const appendFunction = async (client, streamId, version, n, t) => {
  const e = breachEvent(streamId, n);
  const result = await t.time(
    'append',
    client.query(`SELECT appended_position, appended_version FROM append_events($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])`, [
      streamId,
      version,
      [e.eventId],
      [e.type],
      [JSON.stringify(e.data)],
      [JSON.stringify(e.metadata)],
    ]),
  );
  if (result.rowCount !== 1) throw new Error(`wrong expected version on ${streamId}`);
};
appendFunction.setUp = (pool) => pool.query(APPEND_FUNCTION);

/** The store's own function (its migration, from dist/) called on raw pg: the batch as one jsonb argument. */
const storFunction = async (client, streamId, version, n, t) => {
  const { eventId, type, data, metadata } = breachEvent(streamId, n);
  const result = await t.time(
    'append',
    client.query(`SELECT appended_position, appended_version FROM append_to_stream($1, $2, $3::jsonb)`, [
      streamId,
      version,
      JSON.stringify([{ eventId, type, data, metadata }]),
    ]),
  );
  if (result.rowCount !== 1) throw new Error(`wrong expected version on ${streamId}`);
};
storFunction.setUp = (pool) => new CreateAppendFunction1764500000000().up({ query: (sql) => pool.query(sql) });

// ---------------------------------------------------------------- STOR's store and Emmett

const storVariant = (poolSize, options = {}) => async (url) => {
  const db =
    poolSize === 'app'
      ? await openDatabase({ databaseUrl: url, dataDir: tmpdir() }, { migrations: MIGRATIONS })
      : await new DataSource({ type: 'postgres', url, poolSize, migrations: MIGRATIONS, migrationsTableName: 'schema_migrations', logging: false }).initialize();
  if (poolSize !== 'app') await db.runMigrations({ transaction: 'each' });
  const store = new PostgresEventStore(db, options);
  return {
    append: (streamId, version, n) => store.append(streamId, [breachEvent(streamId, n)], version),
    close: async () => {
      await store.close();
      await db.destroy();
    },
  };
};

const emmettVariant = async (url) => {
  const store = getPostgreSQLEventStore(url);
  await store.schema.migrate();
  return {
    append: async (streamId, version, n) => {
      const { type, data, metadata } = breachEvent(streamId, n);
      await store.appendToStream(streamId, [{ type, data, metadata }], { expectedStreamVersion: BigInt(version) });
    },
    close: () => store.close(),
  };
};

const VARIANTS = [
  ['raw: INSERT autocommit (the floor), pool 16', rawVariant(16, floor)],
  ['raw: INSERT autocommit, pool 10', rawVariant(10, floor)],
  ['raw: BEGIN; INSERT; COMMIT', rawVariant(16, inTransaction)],
  ['raw: BEGIN; compare-and-set; INSERT; COMMIT', rawVariant(16, storStatements(false))],
  ["raw: STOR's statements — BEGIN; compare-and-set; INSERT; pg_notify; COMMIT", rawVariant(16, storStatements(true))],
  ["raw: STOR's statements, pool 10", rawVariant(10, storStatements(true))],
  ['raw: compare-and-set + INSERT as one autocommitted statement', rawVariant(16, oneStatement(false))],
  ['raw: the same one statement with pg_notify in it', rawVariant(16, oneStatement(true))],
  ['raw: the text CTE with unnest of arrays (first one-statement form), pool 16', rawVariant(16, storAppendStatement(false))],
  ['raw: the text CTE, pool 10', rawVariant(10, storAppendStatement(false))],
  ['raw: the text CTE, prepared (named), pool 16', rawVariant(16, storAppendStatement(true))],
  ['raw: the same append as a PL/pgSQL function, one array per column, pool 16', rawVariant(16, appendFunction)],
  ["raw: the store's function (the batch as one jsonb argument), pool 16", rawVariant(16, storFunction)],
  ["raw: the store's function, pool 10", rawVariant(10, storFunction)],
  ['raw: BEGIN; compare-and-set; INSERT; COMMIT; then one coalesced pg_notify', rawVariant(16, coalescedNotify)],
  ["STOR's store as built (openDatabase, pool 10)", storVariant('app')],
  ["STOR's store, TypeORM pool 16", storVariant(16)],
  ["STOR's store without NOTIFY (notifyOtherProcesses: false), pool 10", storVariant('app', { notifyOtherProcesses: false })],
  ['Emmett 0.42.0 (its pool of 10)', emmettVariant],
];

// ---------------------------------------------------------------- what the backends wait on

/** Samples pg_stat_activity of `database` every ~5 ms until stopped; returns shares of backend states. */
function sampleWaits(database) {
  const client = new pg.Client({ connectionString: SERVER });
  const counts = new Map();
  let samples = 0;
  let stopped = false;
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'on CPU') AS what, state, count(*)::int AS n
           FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
          GROUP BY 1, 2`,
        [database],
      );
      for (const { what, state, n } of rows) {
        const key = state === 'active' ? what : `${state}${what === 'Client:ClientRead' ? '' : ` (${what})`}`;
        counts.set(key, (counts.get(key) ?? 0) + n);
      }
      samples++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await client.end();
  })();
  return async () => {
    stopped = true;
    await done;
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([key, n]) => `${key} ${(n / samples).toFixed(1)}`)
      .join(', ');
  };
}

// ---------------------------------------------------------------- run

const only = values.only ? values.only.split('|') : null;
if (only) VARIANTS.splice(0, VARIANTS.length, ...VARIANTS.filter(([label], i) => i === 0 || only.some((part) => label.includes(part))));
const results = new Map(VARIANTS.map(([label]) => [label, { rates: [], statements: '', waits: '' }]));
for (let run = 0; run < RUNS; run++) {
  for (let i = 0; i < VARIANTS.length; i++) {
    const [label, open] = VARIANTS[(i + run) % VARIANTS.length];
    const storage = await freshDatabase('stor_bench_profile');
    const target = await open(storage.url);
    try {
      const stopSampling = run === 0 ? sampleWaits(new URL(storage.url).pathname.slice(1)) : null;
      const rate = await drive(target, { writers: WRITERS, streamsPerWriter: STREAMS, seconds: SECONDS, maxAppends: 1_000_000 });
      const result = results.get(label);
      result.rates.push(rate);
      if (stopSampling) result.waits = await stopSampling();
      if (target.timings) result.statements = target.timings.report();
      log(`${label}, run ${run + 1}: ${Math.round(rate)} appends/s`);
    } finally {
      await target.close();
      await storage.drop();
    }
  }
}

const floorRate = median(results.get(VARIANTS[0][0]).rates);
console.log(`| variant, ${WRITERS} writers | appends/s | % of floor | client ms per statement | backends (of ${WRITERS}) by what they wait on |
| --- | ---: | ---: | --- | --- |`);
for (const [label, r] of results) {
  const rate = median(r.rates);
  console.log(`| ${label} | ${Math.round(rate)} | ${Math.round((100 * rate) / floorRate)}% | ${r.statements} | ${r.waits} |`);
}
