// The web pages at national scale: each page's time to its last byte, signed in through the
// development sign-in, over a register already seeded (`stor seed`). Median of --runs.
//   npm run build
//   DATABASE_URL=postgres://…/stor_bench npm run -s seed -- --orders 150000 --seed 7
//   DATABASE_URL=postgres://…/stor_bench node bench/web-pages.mjs --runs 5
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UNLIMITED_CHECKS } from './stor-store.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, port: { type: 'string', default: '3993' } } });
const runs = Number(values.runs);
const base = `http://127.0.0.1:${values.port}`;
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL must name a seeded register');
const env = { ...process.env, PORT: values.port, DATA_DIR: mkdtempSync(join(tmpdir(), 'stor-web-bench-')), WEB_SIGN_IN: 'development', ...UNLIMITED_CHECKS };
const stor = spawn('node', ['dist/apps/cli/src/main.js', 'start'], { env, stdio: 'ignore' });

try {
  await until(async () => (await fetch(`${base}/health`)).ok);
  const national = await signIn({ role: 'national', name: 'Bench National' });
  const kent = await signIn({ role: 'order-manager', force: 'kent', name: 'Bench Kent' });
  const region = await (await fetch(`${base}/regions/south-east`, { headers: { cookie: national } })).text();
  const orderId = /\/orders\/([0-9a-f-]{36})/.exec(region)?.[1];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await fetch(`${base}/`, { headers: { cookie: kent } })).text())[1];
  const check = (name) => ({ method: 'POST', headers: { cookie: kent, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf, name }).toString() });
  const pages = [
    ['national statistics', national, '/statistics'],
    ['statistics CSV (year × force × type)', national, '/statistics/orders-by-year.csv'],
    ['regions (tile map)', national, '/regions'],
    ['a region (cross-border orders, tile map)', national, '/regions/south-east'],
    ["a force's alerts", kent, '/forces/kent/alerts'],
    ['check a subject: Jan Kowalski', kent, '/check', check('Jan Kowalski')],
    ['check a subject: Mohammed Ali', kent, '/check', check('Mohammed Ali')],
    ...(orderId ? [['an order (timeline, as at today)', national, `/orders/${orderId}`]] : []),
  ];
  console.log(`| page | median ms (of ${runs}) | size |`);
  console.log('| --- | --- | --- |');
  for (const [name, cookie, path, init] of pages) {
    const times = [];
    let size = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { redirect: 'manual', ...init, headers: { cookie, ...(init?.headers ?? {}) } });
      size = (await response.text()).length;
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${Math.round(times[Math.floor(runs / 2)])} | ${Math.round(size / 1024)} KiB |`);
  }
} finally {
  stor.kill();
}

async function signIn(user) {
  const page = await fetch(`${base}/sign-in`);
  const cookie = page.headers.getSetCookie()[0].split(';')[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())[1];
  const signedIn = await fetch(`${base}/sign-in`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, ...user }).toString(),
    redirect: 'manual',
  });
  return signedIn.headers.getSetCookie()[0].split(';')[0];
}

async function until(ready) {
  for (let i = 0; i < 240; i++) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('STOR did not start');
}
