// Measures what an officer and an operator feel: how long `npm start` takes to answer /health
// (fresh data and reopened data), and how long a subject check takes over HTTP on a seeded
// register. Runs the built CLI as separate processes, as a user would. Prints a markdown table.
//
//   npm run build && node bench/startup-and-check.mjs [--orders 2000] [--runs 5] [--seconds 10]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/startup-and-check.mjs   (server mode)
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freshStore as freshStoreOn, storEnv } from './stor-store.mjs';

const { values } = parseArgs({
  options: { orders: { type: 'string', default: '2000' }, runs: { type: 'string', default: '5' }, seconds: { type: 'string', default: '10' } },
});
const ORDERS = Number(values.orders);
const RUNS = Number(values.runs);
const SECONDS = Number(values.seconds);
const SERVER = process.env.DATABASE_URL ?? null;
const CLI = 'dist/apps/cli/src/main.js';
const PORT = 3_900 + Math.floor(Math.random() * 90);
const SECRET = 'a-benchmark-secret-that-is-long-enough-for-hs256';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const freshStore = () => freshStoreOn(SERVER, 'stor_bench');
const envFor = (store) => storEnv(store, PORT, SECRET);

/** Milliseconds from spawning `stor start` to the first 200 from /health. */
async function timeStart(store) {
  const began = performance.now();
  const child = spawn(process.execPath, [CLI, 'start'], { env: envFor(store), stdio: 'ignore' });
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/health`);
      if (response.ok) return { child, ms: performance.now() - began };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error('STOR exited during start-up');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function stop(child) {
  child.kill('SIGTERM');
  if (child.exitCode === null) await once(child, 'exit');
}

async function startupTimes() {
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    const store = await freshStore();
    const first = await timeStart(store);
    cold.push(first.ms);
    await stop(first.child);
    const again = await timeStart(store);
    warm.push(again.ms);
    await stop(again.child);
    await store.drop();
  }
  return { cold: median(cold), warm: median(warm) };
}

async function load(url, token, connections, paths) {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx and ${result.errors} errors under load`);
  return { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, rps: result.requests.average };
}

async function checkLatency() {
  const store = await freshStore();
  const env = envFor(store);
  const seeded = execFileSync(process.execPath, [CLI, 'seed', '--orders', String(ORDERS), '--seed', '7'], { env, encoding: 'utf8' });
  const { child } = await timeStart(store);
  try {
    const token = (role, extra = []) => execFileSync(process.execPath, [CLI, 'token', '--role', role, ...extra], { env, encoding: 'utf8' }).trim();
    const national = token('national');
    const officer = token('officer', ['--force', 'met']);
    const base = `http://127.0.0.1:${PORT}`;
    const page = await (await fetch(`${base}/api/orders?pageSize=200`, { headers: { authorization: `Bearer ${national}` } })).json();
    const byName = page.orders.map((o) => `/api/subjects/check?name=${encodeURIComponent(`${o.subject.forenames} ${o.subject.surname}`)}`);
    const byNameAndYear = page.orders.map(
      (o) => `/api/subjects/check?name=${encodeURIComponent(o.subject.surname)}&dateOfBirth=${(o.subject.dateOfBirth ?? '1980').slice(0, 4)}`,
    );
    return {
      seeded: seeded.trim(),
      oneOfficer: await load(base, officer, 1, byName),
      surnameAndYear: await load(base, officer, 1, byNameAndYear),
      eightOfficers: await load(base, officer, 8, byName),
    };
  } finally {
    await stop(child);
    await store.drop();
  }
}

const mode = SERVER ? 'PostgreSQL server' : 'embedded PGlite';
const startup = await startupTimes();
const check = await checkLatency();
const row = (label, r) => `| ${label} | ${r.p50} | ${r.p90} | ${r.p99} | ${Math.round(r.rps)} |`;
console.log(`### ${mode} — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0].model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}
Start-up to first 200 from /health, median of ${RUNS}: **fresh data ${Math.round(startup.cold)} ms**, reopened data **${Math.round(startup.warm)} ms**.

Subject check over HTTP, register seeded with ${ORDERS} orders (${check.seeded}); ${SECONDS} s each, latency in ms:

| load | p50 | p90 | p99 | requests/s |
| --- | --- | --- | --- | --- |
${row('1 officer, full name', check.oneOfficer)}
${row('1 officer, surname + birth year', check.surnameAndYear)}
${row('8 officers at once, full name', check.eightOfficers)}
`);
