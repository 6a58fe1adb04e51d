// The subject check as officers meet it, measured on a labelled set: boots the built STOR on a
// fresh store, records the register of register.json through POST /api/orders, asks every query of
// queries.json through GET /api/subjects/check, and prints recall@1, recall@5, mean reciprocal rank
// and the false-hit rate per kind of query. Exits 1 when the overall figures are below target
// (recall@5 ≥ 0.98, recall@1 ≥ 0.90, false hits ≤ 2%), 2 when the run itself could not be made.
//
//   npm run build && node bench/search/evaluate.mjs [--out results.json] [--no-fail] [--concurrency 8]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/search/evaluate.mjs   (server mode)
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { freshStore as freshStoreOn, storEnv } from '../stor-store.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    'no-fail': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '8' },
    timeout: { type: 'string', default: '900' },
    register: { type: 'string' },
    queries: { type: 'string' },
  },
});
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CLI = join(ROOT, 'dist/apps/cli/src/main.js');
const SERVER = process.env.DATABASE_URL ?? null;
const SECRET = 'a-search-evaluation-secret-that-is-long-enough';
const CONCURRENCY = Math.max(1, Number(values.concurrency));
const TIMEOUT_MS = Number(values.timeout) * 1000;
const TARGET = { recallAt5: 0.98, recallAt1: 0.9, falseHitRate: 0.02 };
const STRANGER_KINDS = new Set(['stranger', 'stranger-surname', 'stranger-same-name']);

const log = (message) => process.stderr.write(`${message}\n`);
const execFileAsync = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const readRecords = (path) => JSON.parse(readFileSync(path, 'utf8')).records;

// ---------------------------------------------------------------------------------------------
// STOR as a separate process on a store of its own

class HarnessError extends Error {}

async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.listen(0, '127.0.0.1', resolve).on('error', reject));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const freshStore = () => freshStoreOn(SERVER, 'stor_search_eval');

class Stor {
  constructor(store, port) {
    this.port = port;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.env = storEnv(store, port, SECRET);
    this.child = null;
    this.output = '';
  }

  async start() {
    const child = spawn(process.execPath, [CLI, 'start'], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const keep = (chunk) => (this.output = (this.output + chunk).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new HarnessError(`STOR exited with ${child.exitCode} during start-up:\n${this.output}`);
      try {
        if ((await fetch(`${this.baseUrl}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    throw new HarnessError(`STOR did not answer /health within 90 s:\n${this.output}`);
  }

  /** One `stor token` process for all the forces: a token a line, in the order asked. */
  async tokens(role, forces) {
    const args = [CLI, 'token', '--role', role, ...forces.flatMap((force) => ['--force', force])];
    const { stdout } = await execFileAsync(process.execPath, args, { cwd: ROOT, env: this.env, encoding: 'utf8', timeout: 60_000 });
    const lines = stdout.trim().split('\n');
    if (lines.length !== forces.length) throw new HarnessError(`stor token printed ${lines.length} tokens for ${forces.length} forces`);
    return lines;
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    if (await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) return;
    child.kill('SIGKILL');
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP

async function call(stor, method, path, { token, body, headers = {} } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${stor.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = { raw: text.slice(0, 300) };
      }
      if ((response.status === 503 || response.status === 429) && attempt < 4) {
        await sleep(250 * attempt);
        continue;
      }
      return { status: response.status, body: json };
    } catch (error) {
      if (attempt >= 4) return { status: 0, body: { error: String(error) } };
      await sleep(250 * attempt);
    }
  }
}

/** Runs `work` over `items`, `limit` at a time, in order of the items. */
async function pool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

const mentions = (body, field) => JSON.stringify(body ?? {}).includes(field);

// ---------------------------------------------------------------------------------------------
// Loading the register

async function loadRegister(stor, subjects, managerTokens) {
  const refused = [];
  let dropCro = false;
  const subjectIds = new Map();
  const failures = [];
  let lastPosition = 0;

  const post = async (record) => {
    const body = structuredClone(record.order);
    if (dropCro) delete body.subject.croNumber;
    const token = managerTokens.get(body.owningForce);
    return call(stor, 'POST', '/api/orders', { token, body, headers: { 'idempotency-key': `stor-search-eval-${record.key}${dropCro ? '-nocro' : ''}` } });
  };
  const readSubjectId = async (record, made) => {
    const token = managerTokens.get(record.order.owningForce);
    let read = await call(stor, 'GET', `/api/orders/${made.orderId}`, { token });
    if (read.status === 404 || !read.body?.subject?.subjectId) read = await call(stor, 'GET', `/api/orders/${made.orderId}?position=${made.position}`, { token });
    return read.body?.subject?.subjectId ?? null;
  };
  const loadOne = async (record) => {
    const made = await post(record);
    if (made.status !== 201) {
      failures.push({ key: record.key, status: made.status, body: made.body });
      return;
    }
    lastPosition = Math.max(lastPosition, Number(made.body.position) || 0);
    const subjectId = await readSubjectId(record, made.body);
    if (subjectId) subjectIds.set(record.key, subjectId);
    else failures.push({ key: record.key, status: 'no subjectId', body: made.body });
  };

  // The first order, alone: does the server take a CRO number?
  const first = subjects.find((s) => s.order.subject.croNumber) ?? subjects[0];
  const probe = await post(first);
  if (probe.status === 400 && mentions(probe.body, 'croNumber')) {
    dropCro = true;
    refused.push({ field: 'subject.croNumber', status: 400, detail: probe.body });
    log(`The server refused subject.croNumber (400): loading without it; CRO queries are skipped.\n  ${JSON.stringify(probe.body).slice(0, 400)}`);
    await loadOne(first);
  } else if (probe.status === 201) {
    lastPosition = Number(probe.body.position) || 0;
    const subjectId = await readSubjectId(first, probe.body);
    if (subjectId) subjectIds.set(first.key, subjectId);
    else failures.push({ key: first.key, status: 'no subjectId', body: probe.body });
  } else {
    failures.push({ key: first.key, status: probe.status, body: probe.body });
  }

  const rest = subjects.filter((s) => s !== first);
  let done = 0;
  await pool(rest, CONCURRENCY, async (record) => {
    await loadOne(record);
    if (++done % 500 === 0) log(`  ${done + 1} / ${subjects.length} orders recorded`);
  });
  // Let the register catch up with everything before the first check.
  const anyLoaded = subjects.find((s) => subjectIds.has(s.key));
  if (anyLoaded && lastPosition) {
    const orderToken = managerTokens.get(anyLoaded.order.owningForce);
    const orders = await call(stor, 'GET', `/api/orders?force=${anyLoaded.order.owningForce}&pageSize=1&position=${lastPosition}`, { token: orderToken });
    if (orders.status !== 200) log(`  (waiting for the register at position ${lastPosition} answered ${orders.status})`);
  }
  return { subjectIds, failures, dropCro, refused };
}

// ---------------------------------------------------------------------------------------------
// Asking the queries

function checkPath(params) {
  const search = new URLSearchParams();
  for (const field of ['name', 'dateOfBirth', 'pncId', 'croNumber']) if (params[field]) search.set(field, params[field]);
  search.set('purpose', 'search evaluation');
  return `/api/subjects/check?${search}`;
}

async function askQueries(stor, queries, officer, subjectIds, { dropCro }) {
  const keyOf = new Map([...subjectIds].map(([key, id]) => [id, key]));
  let croRefused = dropCro ? 'the server refused croNumber on POST /api/orders' : null;
  const ask = async (q) => {
    if (q.params.croNumber && croRefused) return { id: q.id, kind: q.kind, skipped: croRefused };
    const answer = await call(stor, 'GET', checkPath(q.params), { token: officer });
    if (answer.status === 400 && q.params.croNumber && mentions(answer.body, 'croNumber')) {
      croRefused = 'the server refused croNumber on GET /api/subjects/check';
      return { id: q.id, kind: q.kind, skipped: croRefused };
    }
    const matches = answer.status === 200 && Array.isArray(answer.body?.matches) ? answer.body.matches : [];
    const returned = matches.map((m) => keyOf.get(m.subjectId) ?? `unknown:${m.subjectId}`);
    const rank = q.expected ? returned.findIndex((key) => q.accept.includes(key)) + 1 : 0;
    return {
      id: q.id,
      kind: q.kind,
      status: answer.status,
      ...(answer.status !== 200 ? { error: JSON.stringify(answer.body).slice(0, 300) } : {}),
      expected: q.expected,
      rank,
      returned: returned.slice(0, 5),
      scores: matches.slice(0, 5).map((m) => m.score ?? null),
      count: matches.length,
    };
  };
  // CRO queries first, one at a time, so that a refusal is found once and the rest are skipped.
  const cro = queries.filter((q) => q.params.croNumber);
  const croResults = [];
  for (const q of cro) croResults.push(await ask(q));
  const others = queries.filter((q) => !q.params.croNumber);
  const otherResults = await pool(others, Math.min(CONCURRENCY, 4), ask);
  const byId = new Map([...croResults, ...otherResults].map((r) => [r.id, r]));
  // A refusal found part-way marks the CRO queries asked before it as skipped too.
  if (croRefused) for (const q of cro) byId.set(q.id, { id: q.id, kind: q.kind, skipped: croRefused });
  return { results: queries.map((q) => byId.get(q.id)), croRefused };
}

// ---------------------------------------------------------------------------------------------
// Figures

function figures(results) {
  const asked = results.filter((r) => !r.skipped);
  const known = asked.filter((r) => r.expected);
  const strangers = asked.filter((r) => !r.expected);
  const share = (xs, test) => (xs.length ? xs.filter(test).length / xs.length : null);
  return {
    queries: asked.length,
    skipped: results.length - asked.length,
    errors: asked.filter((r) => r.status !== 200).length,
    known: known.length,
    recallAt1: share(known, (r) => r.rank === 1),
    recallAt5: share(known, (r) => r.rank >= 1 && r.rank <= 5),
    mrr: known.length ? known.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / known.length : null,
    strangers: strangers.length,
    falseHitRate: share(strangers, (r) => r.count > 0),
  };
}

const fmt = (x, digits = 3) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const pct = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

function describe(q, r, people) {
  const person = (key) => {
    const s = people.get(key)?.order.subject;
    return s ? `${s.forenames} ${s.surname} ${s.dateOfBirth ?? ''}`.trim() : key;
  };
  const asked = Object.entries(q.params)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const top = r.returned.length ? r.returned.slice(0, 3).map(person).join('; ') : 'nothing';
  const want = q.expected ? `want ${person(q.expected)}${q.accept.length > 1 ? ` (or ${q.accept.length - 1} other)` : ''}` : 'want nothing';
  return `\`${asked}\` — ${want}; got ${r.status === 200 ? top : `HTTP ${r.status} ${r.error ?? ''}`}${q.note ? ` (${q.note})` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// The run

async function run() {
  if (!existsSync(CLI)) throw new HarnessError(`${CLI} is missing: run \`npm run build\` first`);
  const subjects = readRecords(values.register ?? join(HERE, 'register.json'));
  const queries = readRecords(values.queries ?? join(HERE, 'queries.json'));
  const people = new Map(subjects.map((s) => [s.key, s]));
  const began = performance.now();

  const store = await freshStore();
  const stor = new Stor(store, await freePort());
  const cleanup = async () => {
    await stor.stop().catch((error) => log(`stopping STOR: ${error}`));
    await store.drop().catch((error) => log(`dropping the store: ${error}`));
  };
  process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));
  process.once('SIGTERM', () => cleanup().finally(() => process.exit(143)));
  const overall = setTimeout(() => {
    log(`The evaluation did not finish within ${TIMEOUT_MS / 1000} s: stopping.`);
    cleanup().finally(() => process.exit(2));
  }, TIMEOUT_MS);
  overall.unref();

  try {
    log(`Starting STOR (${SERVER ? 'PostgreSQL server' : 'embedded PGlite'}) on port ${stor.port} and minting tokens…`);
    const forces = [...new Set(subjects.map((s) => s.order.owningForce))].sort();
    const tokens = Promise.all([stor.tokens('officer', ['met']), stor.tokens('order-manager', forces)]);
    await stor.start();
    const [[officer], managers] = await tokens;
    const managerTokens = new Map(forces.map((f, i) => [f, managers[i]]));
    const started = performance.now();
    log(`STOR up and ${managers.length + 1} tokens minted after ${((started - began) / 1000).toFixed(1)} s; recording ${subjects.length} orders (${forces.length} owning forces, ${CONCURRENCY} at a time)…`);

    const loaded = await loadRegister(stor, subjects, managerTokens);
    const loadSeconds = (performance.now() - started) / 1000;
    log(`Recorded ${loaded.subjectIds.size} of ${subjects.length} in ${loadSeconds.toFixed(1)} s (${(loaded.subjectIds.size / loadSeconds).toFixed(0)} orders/s).`);
    if (loaded.failures.length) {
      log(`${loaded.failures.length} orders were not recorded; the first few:`);
      for (const f of loaded.failures.slice(0, 5)) log(`  ${f.key}: ${f.status} ${JSON.stringify(f.body).slice(0, 400)}`);
    }
    if (loaded.failures.length > subjects.length * 0.02) throw new HarnessError(`${loaded.failures.length} of ${subjects.length} orders were not recorded: the register is not there to search`);

    const asking = performance.now();
    const { results, croRefused } = await askQueries(stor, queries, officer, loaded.subjectIds, loaded);
    const askSeconds = (performance.now() - asking) / 1000;
    if (croRefused) log(`CRO queries skipped: ${croRefused}.`);

    const kinds = [...new Set(queries.map((q) => q.kind))];
    const perKind = Object.fromEntries(kinds.map((k) => [k, figures(results.filter((r) => r.kind === k))]));
    const total = figures(results);
    const verdict = {
      recallAt5: total.recallAt5 !== null && total.recallAt5 >= TARGET.recallAt5,
      recallAt1: total.recallAt1 !== null && total.recallAt1 >= TARGET.recallAt1,
      falseHitRate: total.falseHitRate !== null && total.falseHitRate <= TARGET.falseHitRate,
    };
    const passed = Object.values(verdict).every(Boolean);

    const out = [];
    out.push(`### Subject check evaluation — ${new Date().toISOString().slice(0, 10)}, ${SERVER ? 'PostgreSQL server' : 'embedded PGlite'}, ${cpus().length} cores, Node ${process.version}`);
    out.push(
      `Register: ${loaded.subjectIds.size} subjects recorded in ${loadSeconds.toFixed(1)} s${loaded.dropCro ? ' (without CRO numbers: the server refused subject.croNumber)' : ''}; ${total.queries} queries asked in ${askSeconds.toFixed(1)} s${total.skipped ? `, ${total.skipped} skipped` : ''}${total.errors ? `, ${total.errors} answered with an error` : ''}.`,
    );
    out.push('');
    out.push('| kind | queries | recall@1 | recall@5 | MRR | false hits | errors | skipped |');
    out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const k of kinds) {
      const f = perKind[k];
      const stranger = STRANGER_KINDS.has(k) || (f.known === 0 && f.strangers > 0);
      out.push(`| ${k} | ${f.queries} | ${stranger ? '—' : fmt(f.recallAt1)} | ${stranger ? '—' : fmt(f.recallAt5)} | ${stranger ? '—' : fmt(f.mrr)} | ${stranger ? pct(f.falseHitRate) : '—'} | ${f.errors} | ${f.skipped} |`);
    }
    out.push(`| **overall** | **${total.queries}** | **${fmt(total.recallAt1)}** | **${fmt(total.recallAt5)}** | **${fmt(total.mrr)}** | **${pct(total.falseHitRate)}** | ${total.errors} | ${total.skipped} |`);
    out.push('');
    out.push(
      `Targets: recall@5 ≥ ${TARGET.recallAt5} ${verdict.recallAt5 ? 'met' : '**not met**'}; recall@1 ≥ ${TARGET.recallAt1} ${verdict.recallAt1 ? 'met' : '**not met**'}; false hits ≤ ${pct(TARGET.falseHitRate)} ${verdict.falseHitRate ? 'met' : '**not met**'} (over ${total.strangers} people not on the register). **${passed ? 'PASS' : 'FAIL'}**`,
    );
    out.push('');
    out.push('Misses per kind (up to three each; a miss is no acceptable subject in the first five, a false hit any match for someone not on the register):');
    const byId = new Map(queries.map((q) => [q.id, q]));
    for (const k of kinds) {
      const misses = results.filter((r) => r.kind === k && !r.skipped && (r.expected ? !(r.rank >= 1 && r.rank <= 5) : r.count > 0));
      if (!misses.length) continue;
      out.push(`- **${k}**: ${misses.length} of ${perKind[k].queries}`);
      for (const r of misses.slice(0, 3)) out.push(`  - ${describe(byId.get(r.id), r, people)}`);
    }
    console.log(out.join('\n'));

    if (values.out) {
      writeFileSync(
        values.out,
        `${JSON.stringify(
          { date: new Date().toISOString(), mode: SERVER ? 'postgresql' : 'pglite', targets: TARGET, passed, overall: total, perKind, refusedFields: loaded.refused.map((r) => r.field), croSkipped: croRefused, loadSeconds, askSeconds, loadFailures: loaded.failures, results },
          null,
          2,
        )}\n`,
      );
      log(`Results written to ${values.out}`);
    }
    log(`Total ${((performance.now() - began) / 1000).toFixed(1)} s.`);
    return passed || values['no-fail'] ? 0 : 1;
  } finally {
    clearTimeout(overall);
    await cleanup();
  }
}

try {
  process.exitCode = await run();
} catch (error) {
  log(error instanceof HarnessError ? error.message : (error?.stack ?? String(error)));
  process.exitCode = 2;
}
