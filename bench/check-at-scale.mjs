// The subject check at national scale: for each register size, a fresh store seeded by `stor seed`,
// STOR started from the build, a query mix drawn from the register through the API (full name,
// name + date of birth, surname + year, misspelt names, PNC IDs long and short, common names
// without a date), then
//   - a paced run: checks arriving at a steady rate (200 a second, one every 5 ms, an open loop:
//     bench/paced-load.mjs), latency percentiles from when each was due, after a warm-up at that
//     rate that sends every query of the mix once (--warmup mix; or --warmup SECONDS);
//   - back to back: 50 officers, no pacing, checks/s against /health/s on the same server;
//   - per kind: each kind of query alone, one at a time, to see which costs what;
//   - query plans: the compiled CheckSubjectHandler run against the store with every statement
//     EXPLAIN ANALYZEd first (written to bench/results/check-plans-<mode>-<size>.txt).
// Prints a markdown table per mode and size; --out writes the figures as JSON.
//
//   npm run build
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/check-at-scale.mjs --orders 10000,150000   (server)
//   node bench/check-at-scale.mjs --mode embedded --orders 10000                                             (PGlite)
// --reuse SIZE=DB_OR_DIR benchmarks an already seeded store of that size (server: a database name on
// the DATABASE_URL server; embedded: a DATA_DIR) instead of seeding one; it is kept afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { pacedLoad } from './paced-load.mjs';
import { databaseUrl, freshStore, storEnv } from './stor-store.mjs';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '10000,150000' },
    mode: { type: 'string' },
    seed: { type: 'string', default: '7' },
    seconds: { type: 'string', default: '30' },
    // 'mix': every query of the mix once, at the paced rate (STOR in its steady state, having seen
    // the mix's names once); or a number of seconds at the paced rate (5 before 2026-12-06).
    warmup: { type: 'string', default: 'mix' },
    rate: { type: 'string', default: '200' },
    connections: { type: 'string', default: '256' },
    'b2b-seconds': { type: 'string', default: '20' },
    'b2b-connections': { type: 'string', default: '50' },
    queries: { type: 'string', default: '2000' },
    sample: { type: 'string', default: '3000' },
    'per-kind': { type: 'string', default: '100' },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    out: { type: 'string' },
    plans: { type: 'string', default: 'bench/results' },
    reuse: { type: 'string', multiple: true, default: [] },
  },
});
const MODE = values.mode ?? (process.env.DATABASE_URL ? 'server' : 'embedded');
if (MODE !== 'server' && MODE !== 'embedded') throw new Error('--mode is embedded or server');
const SERVER = MODE === 'server' ? (process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test') : null;
const SIZES = values.orders.split(',').map(Number);
const SEED = Number(values.seed);
const CLI = 'dist/apps/cli/src/main.js';
const SECRET = 'a-benchmark-secret-that-is-long-enough-for-hs256';
const TODAY = values.today;
const REUSE = new Map(values.reuse.map((entry) => entry.split('=')).map(([size, where]) => [Number(size), where]));
const LARGE_TABLES = ['register_subject_tokens', 'register_subjects', 'register_subject_names', 'register_token_keys', 'register_name_tokens', 'register_orders'];
const KINDS = ['full name', 'name + DOB', 'surname + year', 'misspelt name', 'PNC ID (long)', 'PNC ID (short)', 'common name, no date'];

const log = (message) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)} load ${loadavg()[0].toFixed(1)}] ${message}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- deterministic randomness
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
function shuffle(rng, xs) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------- stores and STOR
async function storeFor(size) {
  const reused = REUSE.get(size);
  if (!reused) return freshStore(SERVER, 'stor_bench_check');
  if (MODE === 'embedded') return { env: { DATA_DIR: reused }, reused: true, drop: async () => {} };
  const dataDir = mkdtempSync(join(tmpdir(), 'stor-check-'));
  return { env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl(SERVER, reused) }, reused: true, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

const envFor = (store, port) => storEnv(store, port, SECRET);

async function freePort() {
  const { createServer } = await import('node:net');
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

async function start(env, base) {
  const child = spawn(process.execPath, [CLI, 'start'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const began = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error('STOR exited during start-up');
    try {
      const response = await fetch(`${base}/health`);
      if (response.ok) {
        const health = await response.json();
        if (health.projections.length > 0 && health.projections.every((p) => p.lagEvents === 0)) return { child, ms: performance.now() - began };
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
}

async function stop(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** CPU seconds (user + system) used so far by a process, or by the server's backends of one database. */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
function backendsOf(database) {
  if (!database) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `);
      } catch {
        return false;
      }
    });
}
/** Runs `work`, returning its result with the CPU the STOR process and its database backends spent meanwhile. */
async function withCpu(child, database, work) {
  const backends = backendsOf(database);
  const sum = (pids) => pids.reduce((total, pid) => total + cpuSecondsOf(pid), 0);
  const before = { stor: cpuSecondsOf(child.pid), db: sum(backends) };
  const result = await work();
  return { ...result, storCpuSeconds: cpuSecondsOf(child.pid) - before.stor, dbCpuSeconds: sum(backends) - before.db };
}

// ---------------------------------------------------------------- the query mix
async function getJson(url, token) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Subjects spread over the whole register: pages of 200 at an even stride, deduplicated. */
async function sampleSubjects(base, national, orders, wanted) {
  const pageSize = 200;
  const pages = Math.ceil(orders / pageSize);
  const taking = Math.min(pages, Math.ceil(wanted / pageSize) + 1);
  const bySubject = new Map();
  for (let i = 0; i < taking; i++) {
    const page = 1 + Math.floor((i * pages) / taking);
    const body = await getJson(`${base}/api/orders?pageSize=${pageSize}&page=${page}`, national);
    for (const order of body.orders) bySubject.set(order.subject.subjectId, order.subject);
  }
  return [...bySubject.values()].sort((a, b) => a.subjectId.localeCompare(b.subjectId));
}

/** The particulars of some subjects (PNC ID, aliases), eight requests at a time. */
async function detailsOf(base, national, subjects) {
  const out = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < subjects.length) {
        const subject = subjects[next++];
        out.push(await getJson(`${base}/api/subjects/${subject.subjectId}`, national));
      }
    }),
  );
  return out.sort((a, b) => a.subjectId.localeCompare(b.subjectId));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** One deterministic slip of the pen: a letter inserted, dropped, replaced, or two swapped. */
function misspell(rng, word) {
  const chars = Array.from(word);
  if (chars.length < 3) return word + pick(rng, [...LETTERS]);
  const at = 1 + Math.floor(rng() * (chars.length - 2));
  const kind = Math.floor(rng() * 4);
  if (kind === 0) chars.splice(at, 0, pick(rng, [...LETTERS]));
  else if (kind === 1) chars.splice(at, 1);
  else if (kind === 2) {
    const others = [...LETTERS].filter((l) => l !== chars[at].toLowerCase());
    chars[at] = pick(rng, others);
  } else [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
  const slipped = chars.join('');
  return slipped.toLowerCase() === word.toLowerCase() ? `${word}e` : slipped;
}

function shortPnc(canonical) {
  const [, year, serial, check] = /^(\d{4})\/(\d{7})([A-Z])$/.exec(canonical);
  return `${year.slice(2)}/${String(Number(serial))}${check}`;
}

function buildQueries(subjects, details, count) {
  const rng = mulberry32(SEED * 7919 + subjects.length);
  const per = Math.ceil(count / KINDS.length);
  const withDob = subjects.filter((s) => s.dateOfBirth);
  const withPnc = details.filter((d) => d.pncId);
  const aliasNames = details.flatMap((d) => d.aliases);
  const nameCounts = new Map();
  for (const name of [...subjects, ...aliasNames]) {
    const key = `${name.forenames} ${name.surname}`;
    nameCounts.set(key, (nameCounts.get(key) ?? 0) + 1);
  }
  const common = [...nameCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 50);
  const queries = [];
  const add = (kind, params) => queries.push({ kind, params, path: `/api/subjects/check?${new URLSearchParams(params)}` });
  for (let i = 0; i < per; i++) {
    // one full-name query in five is an alias the subject is also known by
    const full = i % 5 === 4 && aliasNames.length > 0 ? pick(rng, aliasNames) : pick(rng, subjects);
    add('full name', { name: `${full.forenames} ${full.surname}` });
    const dated = pick(rng, withDob);
    add('name + DOB', { name: `${dated.forenames} ${dated.surname}`, dateOfBirth: dated.dateOfBirth });
    const yeared = pick(rng, withDob);
    add('surname + year', { name: yeared.surname, dateOfBirth: yeared.dateOfBirth.slice(0, 4) });
    const slipped = pick(rng, subjects);
    const inForename = rng() < 0.5;
    add('misspelt name', {
      name: inForename ? `${misspell(rng, slipped.forenames)} ${slipped.surname}` : `${slipped.forenames} ${misspell(rng, slipped.surname)}`,
    });
    if (withPnc.length > 0) {
      add('PNC ID (long)', { pncId: pick(rng, withPnc).pncId });
      add('PNC ID (short)', { pncId: shortPnc(pick(rng, withPnc).pncId) });
    }
    // the most frequent names weighted by how often they occur: Zipf-like, as a roadside mix would be
    const [commonName] = common[Math.min(common.length - 1, Math.floor(common.length * rng() * rng()))];
    add('common name, no date', { name: commonName });
  }
  return { queries: shuffle(rng, queries).slice(0, count), commonNames: common.slice(0, 10) };
}

// ---------------------------------------------------------------- load
async function cannon({ url, connections, seconds, token, paths }) {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  return {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.mean,
    sent: result.requests.sent,
    rate: result.requests.total / seconds,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Each kind alone, one request at a time: ms per check and how many candidates it returns. */
async function perKind(base, token, queries, n) {
  const out = {};
  for (const kind of KINDS) {
    const ofKind = queries.filter((q) => q.kind === kind).slice(0, n);
    if (ofKind.length === 0) continue;
    const ms = [];
    let matches = 0;
    for (const q of ofKind) {
      const began = performance.now();
      const body = await getJson(`${base}${q.path}`, token);
      ms.push(performance.now() - began);
      matches += body.matches.length;
    }
    ms.sort((a, b) => a - b);
    out[kind] = {
      n: ms.length,
      p50: ms[Math.floor(ms.length * 0.5)],
      p99: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.99))],
      meanMatches: matches / ms.length,
    };
  }
  return out;
}

// ---------------------------------------------------------------- query plans
async function openPlanDb(store) {
  if (MODE === 'server') {
    const client = new pg.Client({ connectionString: store.env.DATABASE_URL });
    await client.connect();
    return { query: async (sql, params) => (await client.query(sql, params)).rows, close: () => client.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  // as libs/platform/src/database/data-source.ts opens it (no extensions), STOR stopped
  const db = await PGlite.create({ dataDir: join(store.env.DATA_DIR, 'pg') });
  return { query: async (sql, params) => (await db.query(sql, params)).rows, close: () => db.close() };
}

async function capturePlans(store, size, queries) {
  const { CheckSubjectHandler } = await import('../dist/libs/register/src/check-subject/check-subject.handler.js');
  const { HeldSubjects } = await import('../dist/libs/register/src/check-subject/held-subjects.js');
  const { CheckSubjectQuery } = await import('../dist/libs/register/src/check-subject/check-subject.query.js');
  const { parsePncId } = await import('../dist/libs/domain/src/index.js');
  const db = await openPlanDb(store);
  const sections = [];
  const seqScans = [];
  try {
    // The name index is held in memory (decision 0020): read once, its reads not explained.
    const held = new HeldSubjects({ query: (statement, params) => db.query(typeof statement === 'string' ? statement : statement.text, params) });
    await held.current();
    for (const kind of KINDS) {
      const q = queries.find((query) => query.kind === kind);
      if (!q) continue;
      const statements = [];
      const explaining = {
        // the handler's statements are text or prepared statements ({ name, text }): explain the text
        async query(statement, params) {
          const sql = typeof statement === 'string' ? statement : statement.text;
          const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${sql}`, params);
          const began = performance.now();
          const rows = await db.query(sql, params);
          statements.push({ sql, plan: plan.map((row) => row['QUERY PLAN']).join('\n'), rows: rows.length, ms: performance.now() - began });
          return rows;
        },
      };
      const pnc = q.params.pncId ? parsePncId(q.params.pncId, TODAY) : null;
      const handler = new CheckSubjectHandler(explaining, held);
      // twice: the first warms the vocabulary the handler remembers; the second is what a check runs
      await handler.execute(new CheckSubjectQuery(q.params.name ?? null, q.params.dateOfBirth ?? null, pnc?.canonical ?? null, null, TODAY));
      statements.length = 0;
      const began = performance.now();
      const result = await handler.execute(new CheckSubjectQuery(q.params.name ?? null, q.params.dateOfBirth ?? null, pnc?.canonical ?? null, null, TODAY));
      const total = performance.now() - began;
      const lines = [`=== ${kind}: ${JSON.stringify(q.params)} → ${result.matches.length} matches (${total.toFixed(1)} ms with the EXPLAINs)`];
      for (const s of statements) {
        const scans = [...s.plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]);
        for (const table of scans) if (LARGE_TABLES.includes(table)) seqScans.push(`${kind}: Seq Scan on ${table}`);
        const execution = /Execution Time: ([\d.]+) ms/.exec(s.plan)?.[1];
        lines.push(`--- ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}…`, `    rows returned ${s.rows}; server execution ${execution} ms; statement alone ${s.ms.toFixed(1)} ms`, s.plan, '');
      }
      sections.push(lines.join('\n'));
    }
  } finally {
    await db.close();
  }
  mkdirSync(values.plans, { recursive: true });
  const file = join(values.plans, `check-plans-${MODE}-${size}.txt`);
  const header = `Subject check query plans, ${MODE === 'server' ? 'PostgreSQL server' : 'embedded PGlite'}, ${size} orders seeded with --seed ${SEED}, as at ${TODAY}.\nSequential scans on large tables: ${seqScans.length ? seqScans.join('; ') : 'none'}\n\n`;
  writeFileSync(file, header + sections.join('\n\n') + '\n');
  return { file, seqScans };
}

// ---------------------------------------------------------------- one size
async function measure(size) {
  const store = await storeFor(size);
  const port = await freePort();
  const env = envFor(store, port);
  const base = `http://127.0.0.1:${port}`;
  const figures = { mode: MODE, orders: size, loadBefore: loadavg()[0] };
  try {
    if (!store.reused) {
      log(`seeding ${size} orders (${MODE})`);
      const began = performance.now();
      figures.seedOutput = execFileSync(process.execPath, [CLI, 'seed', '--orders', String(size), '--seed', String(SEED)], { env, encoding: 'utf8' }).trim();
      figures.seedSeconds = (performance.now() - began) / 1000;
      log(`seeded in ${figures.seedSeconds.toFixed(0)} s`);
    }
    const { child, ms } = await start(env, base);
    figures.startMs = ms;
    try {
      const token = (role, extra = []) => execFileSync(process.execPath, [CLI, 'token', '--role', role, ...extra], { env, encoding: 'utf8' }).trim();
      const national = token('national');
      const officer = token('officer', ['--force', 'met']);
      const subjects = await sampleSubjects(base, national, size, Number(values.sample));
      const details = await detailsOf(base, national, subjects.filter((_, i) => i % 4 === 0));
      const { queries, commonNames } = buildQueries(subjects, details, Number(values.queries));
      figures.sampledSubjects = subjects.length;
      figures.queries = queries.length;
      figures.commonNames = commonNames;
      const paths = queries.map((q) => q.path);
      const warmupSeconds = values.warmup === 'mix' ? queries.length / Number(values.rate) : Number(values.warmup);
      figures.warmupSeconds = warmupSeconds;
      log(`${subjects.length} subjects sampled, ${queries.length} queries; warm-up ${warmupSeconds} s`);
      const common = { url: base, token: officer, paths };
      const paced = { ...common, rate: Number(values.rate), connections: Number(values.connections) };
      await pacedLoad({ ...paced, seconds: warmupSeconds });
      log(`paced run ${values.seconds} s at ${values.rate}/s`);
      figures.paced = await pacedLoad({ ...paced, seconds: Number(values.seconds) });
      log(`back to back, ${values['b2b-connections']} connections, ${values['b2b-seconds']} s`);
      const database = store.env.DATABASE_URL ? new URL(store.env.DATABASE_URL).pathname.slice(1) : null;
      figures.backToBack = await withCpu(child, database, () => cannon({ ...common, connections: Number(values['b2b-connections']), seconds: Number(values['b2b-seconds']) }));
      figures.health = await withCpu(child, database, () => cannon({ url: base, paths: ['/health'], connections: Number(values['b2b-connections']), seconds: Number(values['b2b-seconds']) }));
      figures.ratio = figures.backToBack.rate / figures.health.rate;
      log('per kind, one at a time');
      figures.perKind = await perKind(base, officer, queries, Number(values['per-kind']));
      figures.loadAfter = loadavg()[0];
      figures.queryList = queries;
    } finally {
      await stop(child);
    }
    log('query plans');
    figures.plans = await capturePlans(store, size, figures.queryList);
    delete figures.queryList;
    return figures;
  } finally {
    await store.drop();
  }
}

// ---------------------------------------------------------------- report
const f0 = (x) => (x === undefined ? '—' : Math.round(x));
const f1 = (x) => (x === undefined ? '—' : x.toFixed(1));
const cpuMs = (run, key) => ((1000 * run[key]) / (run.rate * Number(values['b2b-seconds']))).toFixed(1);
function report(f) {
  const p = f.paced;
  const b = f.backToBack;
  const h = f.health;
  const lines = [
    `### ${f.mode === 'server' ? 'PostgreSQL server' : 'embedded PGlite'}, ${f.orders} orders`,
    f.seedSeconds ? `Seeded in ${f0(f.seedSeconds)} s: ${f.seedOutput.split('\n').at(-1)}` : 'Store reused (seeded before).',
    `${f.sampledSubjects} subjects sampled, ${f.queries} queries; warm-up ${f0(f.warmupSeconds)} s at the paced rate; load average ${f1(f.loadBefore)} before, ${f1(f.loadAfter)} after.`,
    '',
    '| run | p50 ms | p90 ms | p99 ms | max ms | achieved/s | non-2xx | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| paced ${values.rate}/s (one every ${(1000 / Number(values.rate)).toFixed(0)} ms), ${values.seconds} s | ${p.p50} | ${p.p90} | ${p.p99} | ${p.max} | ${f0(p.rate)} | ${p.non2xx} | ${p.errors} |`,
    `| checks back to back, ${values['b2b-connections']} connections | ${b.p50} | ${b.p90} | ${b.p99} | ${b.max} | ${f0(b.rate)} | ${b.non2xx} | ${b.errors} |`,
    `| /health back to back, ${values['b2b-connections']} connections | ${h.p50} | ${h.p90} | ${h.p99} | ${h.max} | ${f0(h.rate)} | ${h.non2xx} | ${h.errors} |`,
    '',
    `CPU per request, back to back: check ${cpuMs(b, 'storCpuSeconds')} ms in STOR + ${cpuMs(b, 'dbCpuSeconds')} ms in its database backends; /health ${cpuMs(h, 'storCpuSeconds')} + ${cpuMs(h, 'dbCpuSeconds')} ms${f.mode === 'embedded' ? ' (PGlite runs inside STOR)' : ''}.`,
    '',
    `Checks/s ÷ /health/s = **${(f.ratio * 100).toFixed(0)}%** (target ≥ 40%); paced p99 **${p.p99} ms** (target ≤ 25 ms).`,
    '',
    '| kind, one at a time | p50 ms | p99 ms | matches (mean) |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(f.perKind).map(([kind, k]) => `| ${kind} | ${f1(k.p50)} | ${f1(k.p99)} | ${f1(k.meanMatches)} |`),
    '',
    `Plans: ${f.plans.file}; sequential scans on large tables: ${f.plans.seqScans.length ? f.plans.seqScans.join('; ') : 'none'}.`,
    '',
  ];
  return lines.join('\n');
}

log(`${MODE}, sizes ${SIZES.join(', ')}; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const all = [];
for (const size of SIZES) {
  const figures = await measure(size);
  all.push(figures);
  console.log(report(figures));
  if (values.out) writeFileSync(values.out, JSON.stringify({ machine: { cores: cpus().length, model: cpus()[0].model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, runs: all }, null, 2));
}
