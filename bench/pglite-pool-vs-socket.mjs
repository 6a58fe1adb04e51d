// Decision 0022: embedded PGlite handed to TypeORM through STOR's own one-session pool
// (libs/platform/src/database/pglite-lease-pool.ts) against @electric-sql/pglite-socket's
// PGLiteSocketServer with TypeORM's ordinary `pg` driver and a pool of one connection
// (bench/pglite-socket/data-source.mjs: a unix socket, or 127.0.0.1 TCP). Same process, same
// PGlite 0.5.14, same migrations and store; the contenders run alternately, in a rotated order.
//   1. appends/s of STOR's PostgresEventStore (as bench/append-throughput.mjs, PGlite mode), 1/4/16 writers;
//   2. projection catch-up (ProjectionRunner, batch 500, a transaction per batch) over a loaded log;
//   3. `stor start` to the first 200 from /health (fresh and reopened data), the seed of 2000 orders
//      and the subject check over HTTP: bench/startup-and-check.mjs run as it is, the socket contender
//      by NODE_OPTIONS=--import=bench/pglite-socket/register.mjs (swaps the built data source only).
// Prints a markdown section of medians on stdout (progress on stderr). About 15 minutes.
//
//   npm install --no-save @electric-sql/pglite-socket@0.2.17   # the one that accepts pglite 0.5.14; not in package.json
//   npm run build && node bench/pglite-pool-vs-socket.mjs [--runs 3] [--seconds 5] [--writers 1,4,16]
//       [--events 10000] [--orders 2000] [--check-seconds 8] [--skip-appends] [--skip-app]
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as eventStore from '../dist/libs/event-store/src/index.js';
import { openDatabase } from '../dist/libs/platform/src/index.js';
import { breachEvent, drive, freshDataDir, log, median, storOver } from './append-common.mjs';
import { embeddedSocketDataSource } from './pglite-socket/data-source.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    writers: { type: 'string', default: '1,4,16' },
    streams: { type: 'string', default: '100' },
    events: { type: 'string', default: '10000' },
    orders: { type: 'string', default: '2000' },
    'check-seconds': { type: 'string', default: '8' },
    'skip-appends': { type: 'boolean', default: false },
    'skip-app': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SECONDS = Number(values.seconds);
const WRITERS = values.writers.split(',').map(Number);
const STREAMS = Number(values.streams);
const EVENTS = Number(values.events);
process.env.STOR_BENCH_QUIET = '1';
const { ProjectionRunner, CreateProjectionCheckpoints1763870000050, EVENT_LOG_MIGRATIONS } = eventStore;
const MIGRATIONS = [...EVENT_LOG_MIGRATIONS, CreateProjectionCheckpoints1763870000050];

// ---------------------------------------------------------------- contenders (in this process)

const CONTENDERS = [
  { key: 'pool', label: 'in-process lease pool (as built)', open: (dir) => openDatabase({ dataDir: dir }, { migrations: MIGRATIONS }) },
  { key: 'unix', label: 'pglite-socket, unix socket, pg pool of 1', open: (dir) => openSocket(dir, 'unix') },
  { key: 'tcp', label: 'pglite-socket, 127.0.0.1 TCP, pg pool of 1', open: (dir) => openSocket(dir, 'tcp') },
];

async function openSocket(dir, via) {
  const db = await embeddedSocketDataSource(dir, { migrations: MIGRATIONS }, via);
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}

/** STOR's store as the app opens it embedded: no other process to NOTIFY. */
async function openStor(contender, storage) {
  return storOver(await contender.open(storage.dir), { notifyOtherProcesses: false });
}

async function appendRate(contender, writers, run) {
  const storage = freshDataDir();
  const target = await openStor(contender, storage);
  try {
    const rate = await drive(target, { writers, streamsPerWriter: STREAMS, seconds: SECONDS, maxAppends: 200_000 });
    log(`${contender.key}, ${writers} writer(s), run ${run + 1}: ${Math.round(rate)} appends/s`);
    return rate;
  } finally {
    await target.close();
    await storage.drop();
  }
}

const breachesProjection = {
  name: 'bench-breaches',
  tables: ['bench_breaches'],
  async apply(event, tx) {
    await tx.query(`INSERT INTO bench_breaches (breach_id, order_id, occurred_on, location_force, position) VALUES ($1, $2, $3, $4, $5)`, [
      event.data.breachId,
      event.data.orderId,
      event.data.occurredOn,
      event.data.locationForce,
      event.position,
    ]);
  },
};

/** EVENTS events loaded through the store (16 writers, 10 per append), then one timed catch-up from 0. */
async function catchUp(contender, run) {
  const storage = freshDataDir();
  const stor = await openStor(contender, storage);
  try {
    await stor.db.query(`CREATE TABLE bench_breaches (
      breach_id uuid PRIMARY KEY, order_id uuid NOT NULL, occurred_on date NOT NULL, location_force text NOT NULL, position bigint NOT NULL)`);
    const perAppend = 10;
    const appends = Math.ceil(EVENTS / perAppend);
    let next = 0;
    const began = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        const streams = Array.from({ length: 63 }, () => ({ id: `order-${randomUUID()}`, version: 0 }));
        for (let i = 0; next < appends; i++) {
          next++;
          const stream = streams[i % streams.length];
          await stor.store.append(stream.id, Array.from({ length: perAppend }, (_, k) => breachEvent(stream.id, i * perAppend + k)), stream.version);
          stream.version += perAppend;
        }
      }),
    );
    const loaded = appends * perAppend;
    const load = loaded / ((performance.now() - began) / 1000);
    const runner = new ProjectionRunner(stor.store, stor.db, [breachesProjection], {
      batchSize: 500,
      pollMs: 1000,
      onError: (projection, eventId, error) => log(`${projection} failed at ${eventId}: ${error}`),
    });
    const start = performance.now();
    const applied = await runner.catchUp();
    const seconds = (performance.now() - start) / 1000;
    const [{ count }] = await stor.db.query(`SELECT count(*)::int AS count FROM bench_breaches`);
    if (applied !== loaded || count !== loaded) throw new Error(`${contender.key}: catch-up applied ${applied} events (${count} rows) of ${loaded}`);
    log(`${contender.key}, catch-up run ${run + 1}: load ${Math.round(load)} events/s, catch-up ${Math.round(applied / seconds)} events/s`);
    return { load, catchUp: applied / seconds };
  } finally {
    await stor.close();
    await storage.drop();
  }
}

// ---------------------------------------------------------------- the app, as a user runs it

const HERE = fileURLToPath(new URL('.', import.meta.url));
const HOOK = fileURLToPath(new URL('./pglite-socket/register.mjs', import.meta.url));

function appRun(key, run) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.STOR_BENCH_QUIET;
  if (key === 'unix') env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${HOOK}`.trim();
  const out = execFileSync(
    process.execPath,
    [`${HERE}startup-and-check.mjs`, '--orders', values.orders, '--runs', '1', '--seconds', values['check-seconds']],
    { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 },
  );
  const number = (re) => Number(re.exec(out)?.[1]);
  const row = (label) => {
    const cells = new RegExp(`\\| ${label} \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\|`).exec(out);
    if (!cells) throw new Error(`no "${label}" row in:\n${out}`);
    return { p50: Number(cells[1]), p90: Number(cells[2]), p99: Number(cells[3]), rps: Number(cells[4]) };
  };
  const result = {
    fresh: number(/fresh data (\d+) ms/),
    reopened: number(/reopened data \*\*(\d+) ms/),
    seedRate: number(/\((\d+) orders\/s\)/),
    full: row('1 officer, full name'),
    year: row('1 officer, surname \\+ birth year'),
    eight: row('8 officers at once, full name'),
  };
  log(`${key}, app run ${run + 1}: start fresh ${result.fresh} ms, reopened ${result.reopened} ms, seed ${result.seedRate} orders/s, check p50 ${result.full.p50}/${result.year.p50}/${result.eight.p50} ms, ${Math.round(result.full.rps)}/${Math.round(result.year.rps)}/${Math.round(result.eight.rps)} req/s`);
  return result;
}

// ---------------------------------------------------------------- run and report

const startedAt = performance.now();
const rotated = (xs, run) => xs.map((_, i) => xs[(i + run) % xs.length]);
const rates = new Map(CONTENDERS.map((c) => [c.key, new Map(WRITERS.map((w) => [w, []]))]));
const catchUps = new Map(CONTENDERS.map((c) => [c.key, []]));
const apps = new Map([['pool', []], ['unix', []]]);
for (let run = 0; run < RUNS; run++) {
  if (!values['skip-appends']) {
    for (const writers of WRITERS) for (const c of rotated(CONTENDERS, run)) rates.get(c.key).get(writers).push(await appendRate(c, writers, run));
    for (const c of rotated(CONTENDERS, run)) catchUps.get(c.key).push(await catchUp(c, run));
  }
  if (!values['skip-app']) for (const key of rotated(['pool', 'unix'], run)) apps.get(key).push(appRun(key, run));
}
const minutes = (performance.now() - startedAt) / 60_000;

const git = (...args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const spread = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
const cell = (xs) => `${Math.round(median(xs))} (${spread(xs)})`;
const lines = [];
lines.push(`### PGlite through the lease pool or pglite-socket — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0].model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
lines.push(`Median of ${RUNS} runs (range in brackets), contenders alternating in a rotated order; STOR at ${git('rev-parse', '--short', 'HEAD') || 'unknown'}; the whole benchmark took ${minutes.toFixed(1)} min.`);
if (!values['skip-appends']) {
  lines.push('', `Appends/s of STOR's store, one event per append, ${SECONDS} s each, fresh data directory each; projection catch-up of ${EVENTS} events (batch 500):`, '');
  lines.push(`| contender | ${WRITERS.map((w) => `${w} writer${w > 1 ? 's' : ''}`).join(' | ')} | load, events/s (10 per append) | catch-up, events/s |`);
  lines.push(`| --- | ${WRITERS.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const c of CONTENDERS) {
    const cu = catchUps.get(c.key);
    lines.push(`| ${c.label} | ${WRITERS.map((w) => cell(rates.get(c.key).get(w))).join(' | ')} | ${cell(cu.map((x) => x.load))} | ${cell(cu.map((x) => x.catchUp))} |`);
  }
}
if (!values['skip-app']) {
  lines.push('', `The app (\`bench/startup-and-check.mjs --orders ${values.orders} --runs 1 --seconds ${values['check-seconds']}\` per run): start-up to the first 200 from /health in ms, the seed's rate, the subject check's p50 / p99 in ms and requests/s:`, '');
  lines.push('| contender | start, fresh data | start, reopened | seed, orders/s | 1 officer, full name: p50 / p99, req/s | surname + year: p50 / p99, req/s | 8 officers: p50 / p99, req/s |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const load = (rs, k) => `${median(rs.map((r) => r[k].p50))} / ${median(rs.map((r) => r[k].p99))}, ${Math.round(median(rs.map((r) => r[k].rps)))}`;
  for (const [key, rs] of apps) {
    const label = CONTENDERS.find((c) => c.key === key).label;
    lines.push(`| ${label} | ${cell(rs.map((r) => r.fresh))} | ${cell(rs.map((r) => r.reopened))} | ${cell(rs.map((r) => r.seedRate))} | ${load(rs, 'full')} | ${load(rs, 'year')} | ${load(rs, 'eight')} |`);
  }
}
console.log(lines.join('\n'));
