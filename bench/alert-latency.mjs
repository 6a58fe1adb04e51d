// How long an alert takes to reach people: from a command's 201 on one STOR instance to
// (a) the Server-Sent Event on a stream held on ANOTHER instance, and (b) a signed webhook delivery
// to a receiver on this machine; median and p99, at rest and under a steady write load.
//   npm run build
//   node bench/alert-latency.mjs --probes 200 --load 200 --seconds 40
// Needs the PostgreSQL server (two instances share it): BENCH_SERVER_URL names its admin database
// (default postgres://postgres@127.0.0.1:5432/postgres); the script makes a database of its own and
// drops it afterwards. Probes are orders made for Kent, one every 1/probeRate s; the load is orders
// for forces across England and Wales, paced open-loop (bench/paced-load.mjs), and counts the probes.
import { spawn, execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    probes: { type: 'string', default: '200' },
    'probe-rate': { type: 'string', default: '5' },
    load: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '40' },
    // Only the live stream, for a STOR without webhooks.
    'stream-only': { type: 'boolean', default: false },
  },
});
const PROBES = Number(values.probes);
const PROBE_RATE = Number(values['probe-rate']);
const LOAD = Number(values.load);
const SECONDS = Number(values.seconds);
const SECRET = 'bench-webhook-secret-0123456789';
const SERVER = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LOAD_FORCES = ['met', 'west-midlands', 'greater-manchester', 'west-yorkshire', 'merseyside', 'avon-and-somerset', 'thames-valley', 'hampshire', 'essex', 'lancashire', 'south-wales', 'northumbria'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

const database = `stor_alert_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
await admin(`CREATE DATABASE ${database}`);
const url = new URL(SERVER);
url.pathname = `/${database}`;
const shared = {
  ...process.env,
  DATABASE_URL: url.toString(),
  AUTH_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
  WEBHOOK_ALLOW_HTTP_LOOPBACK: 'true',
  WEBHOOK_ALLOW_PRIVATE: 'true',
};
const instances = [];
const receiver = await webhookReceiver();
try {
  // The first instance started leads the projector; the stream is held on the second.
  const one = await startInstance(3994);
  const two = await startInstance(3995);
  const [kent, ...loadTokens] = tokens('order-manager', ['kent', ...LOAD_FORCES]);
  const [kentOfficer] = tokens('officer', ['kent']);
  const registered = values['stream-only'] ? { status: 201 } : await post(one, '/api/forces/kent/webhooks', kent, { url: `http://127.0.0.1:${receiver.port}/stor`, secret: SECRET });
  if (registered.status !== 201) throw new Error(`webhook registration: ${registered.status} ${await registered.text()}`);
  const stream = await alertStream(two, kentOfficer);
  // Warm both paths up before measuring.
  for (let i = 0; i < 20; i++) await probe(one, kent, stream);

  const machine = `${(await import('node:os')).cpus().length} cores (${(await import('node:os')).cpus()[0].model.trim()}), Node ${process.version}`;
  console.log(`# ${new Date().toISOString().slice(0, 10)}, ${machine}, ${await serverVersion()}`);
  console.log('| condition | commands/s sent | probes | SSE on the other instance: median / p99 ms | webhook receiver: median / p99 ms | probe 201: median ms |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [condition, rate] of [['at rest', 0], [`under ${LOAD} commands/s`, LOAD]]) {
    const loadRun = rate > 0 ? writeLoad(one, two, loadTokens, rate - PROBE_RATE, SECONDS) : null;
    const results = [];
    const started = performance.now();
    const probesNow = rate > 0 ? Math.min(PROBES, Math.floor((SECONDS - 4) * PROBE_RATE)) : PROBES;
    const pending = [];
    for (let i = 0; i < probesNow; i++) {
      const due = started + 2000 * (rate > 0) + (i * 1000) / PROBE_RATE;
      const early = due - performance.now();
      if (early > 0) await sleep(early);
      pending.push(probe(one, kent, stream).then((result) => results.push(result)));
    }
    await Promise.all(pending);
    const load = loadRun ? await loadRun : { sent: 0, elapsed: 1, failed: 0 };
    const sse = results.map((r) => r.sse).sort((a, b) => a - b);
    const hook = results.map((r) => r.webhook).sort((a, b) => a - b);
    const answered = results.map((r) => r.answered).sort((a, b) => a - b);
    const ms = (x) => Math.round(x);
    const sentRate = rate > 0 ? Math.round((load.sent + probesNow) / load.elapsed) : 0;
    console.log(
      `| ${condition} | ${sentRate}${load.failed ? ` (${load.failed} failed)` : ''} | ${results.length} | ${ms(percentile(sse, 0.5))} / ${ms(percentile(sse, 0.99))} | ${ms(percentile(hook, 0.5))} / ${ms(percentile(hook, 0.99))} | ${ms(percentile(answered, 0.5))} |`,
    );
  }
  stream.close();
  if (receiver.badSignatures > 0) throw new Error(`${receiver.badSignatures} deliveries had a bad signature`);
} finally {
  receiver.close();
  for (const instance of instances) instance.process.kill();
  await sleep(500);
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}

/** One order for Kent through instance one; resolves when both the stream and the webhook have it. */
async function probe(instance, token, stream) {
  const surname = `Probe${randomUUID().slice(0, 8)}`;
  const sent = performance.now();
  const response = await post(instance, '/api/orders', token, order('kent', surname));
  const ok = performance.now();
  if (response.status !== 201) throw new Error(`probe: ${response.status} ${await response.text()}`);
  const { orderId } = await response.json();
  const [sseAt, webhookAt] = await Promise.all([stream.arrival(orderId), values['stream-only'] ? NaN : receiver.arrival(orderId)]);
  return { sse: sseAt - ok, webhook: webhookAt - ok, answered: ok - sent };
}

/** Orders for forces across England and Wales at `rate` a second for `seconds`, through both instances, open loop. */
async function writeLoad(one, two, tokensByForce, rate, seconds) {
  const began = performance.now();
  const total = Math.round(rate * seconds);
  const sending = [];
  let failed = 0;
  for (let i = 0; i < total; i++) {
    const due = began + (i * 1000) / rate;
    const early = due - performance.now();
    if (early > 0) await sleep(early);
    const force = i % LOAD_FORCES.length;
    const instance = i % 2 === 0 ? one : two;
    sending.push(
      post(instance, '/api/orders', tokensByForce[force], order(LOAD_FORCES[force], `Load${i}`)).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status !== 201) failed++;
        },
        () => failed++,
      ),
    );
  }
  await Promise.all(sending);
  return { sent: total, elapsed: (performance.now() - began) / 1000, failed };
}

function order(owningForce, surname) {
  return {
    type: 'STPO',
    owningForce,
    court: 'Maidstone Crown Court',
    madeOn: '2025-03-14',
    prohibitions: [{ text: 'Must not work in or manage a car wash', until: null }],
    subject: { forenames: 'Jan', surname, dateOfBirth: '1980-05-02', aliases: [], pncId: null },
  };
}

async function startInstance(port) {
  const env = { ...shared, PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'stor-alert-bench-')) };
  const child = spawn('node', ['dist/apps/cli/src/main.js', 'start'], { env, stdio: 'ignore' });
  const instance = { base: `http://127.0.0.1:${port}`, process: child };
  instances.push(instance);
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
    try {
      if ((await fetch(`${instance.base}/health`)).ok) return instance;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`STOR on ${port} did not start`);
}

function tokens(role, forces) {
  const args = ['dist/apps/cli/src/main.js', 'token', '--role', role, ...forces.flatMap((force) => ['--force', force])];
  return execFileSync('node', args, { env: { ...shared, DATA_DIR: mkdtempSync(join(tmpdir(), 'stor-alert-bench-')) } }).toString().trim().split('\n');
}

function post(instance, path, token, body) {
  return fetch(`${instance.base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A live stream of Kent's alerts, read as it arrives; `arrival(orderId)` resolves with when its order-made alert came. */
async function alertStream(instance, token) {
  const abort = new AbortController();
  const response = await fetch(`${instance.base}/api/forces/kent/alerts/stream`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
  if (response.status !== 200) throw new Error(`stream: ${response.status}`);
  const arrivals = arrivalBook();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        const now = performance.now();
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
          if (data) {
            const alert = JSON.parse(data);
            if (alert.kind === 'order-made') arrivals.arrived(alert.orderId, now);
          }
        }
      }
    } catch {
      // closed
    }
  })();
  return { arrival: arrivals.arrival, close: () => abort.abort() };
}

/** A local receiver that checks each delivery's signature and answers 204. */
async function webhookReceiver() {
  const arrivals = arrivalBook();
  const state = { badSignatures: 0 };
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const now = performance.now();
      const raw = Buffer.concat(chunks);
      const expected = `sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`;
      if (request.headers['x-stor-signature'] !== expected) state.badSignatures++;
      const alert = JSON.parse(raw.toString('utf8'));
      if (alert.kind === 'order-made' && alert.force === 'kent') arrivals.arrived(alert.orderId, now);
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    arrival: arrivals.arrival,
    close: () => server.close(),
    get badSignatures() {
      return state.badSignatures;
    },
  };
}

/** When each order's alert arrived, and a promise for one not yet arrived. */
function arrivalBook() {
  const arrived = new Map();
  const waiting = new Map();
  return {
    arrived(orderId, at) {
      if (arrived.has(orderId)) return;
      arrived.set(orderId, at);
      waiting.get(orderId)?.(at);
    },
    arrival(orderId) {
      if (arrived.has(orderId)) return Promise.resolve(arrived.get(orderId));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no alert for ${orderId} within 30 s`)), 30_000);
        waiting.set(orderId, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    },
  };
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function serverVersion() {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version');
    return `PostgreSQL ${rows[0].server_version.split(' ')[0]}`;
  } finally {
    await client.end();
  }
}
