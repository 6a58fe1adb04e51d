// Takes the README's screenshots of every page, phone and desktop, from a STOR started here on a
// fresh data directory with a few orders recorded through the API. Needs a build and Chromium:
//   npm run -s build && node docs/screenshots/take-screenshots.mjs
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 3991);
const base = `http://127.0.0.1:${PORT}`;
const out = new URL('.', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'stor-screenshots-'));
// Webhook deliveries are given up after two quick attempts, so one webhook's page shows them.
const env = { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, DATABASE_URL: '', WEBHOOK_MAX_ATTEMPTS: '2', WEBHOOK_RETRY_BASE_MS: '100' };
const cli = (args) => execFileSync('node', ['dist/apps/cli/src/main.js', ...args], { env, encoding: 'utf8' }).trim();

// A force's system taking its webhooks (answers 204); the other webhook points where nothing listens.
const receiver = createServer((request, response) => request.resume().on('end', () => response.writeHead(204).end()));
await new Promise((resolve) => receiver.listen(PORT + 1, '127.0.0.1', resolve));
const stor = spawn('node', ['dist/apps/cli/src/main.js', 'start'], { env, stdio: 'ignore' });
try {
  await waitForHealth();
  const token = (role, force) => cli(['token', '--role', role, ...(force ? ['--force', force] : [])]);
  const webhooks = await registerWebhooks(token('order-manager', 'kent'));
  const orders = await recordExamples(token('order-manager', 'kent'), token('order-manager', 'essex'), token('order-manager', 'sussex'));
  await deliveriesSettled(token('order-manager', 'kent'), webhooks.failing);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const [viewport, size] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
    const shot = async (page, name, fullPage = true) => page.screenshot({ path: join(out, `${name}-${viewport}.png`), fullPage });
    const as = async (user) => {
      const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${base}/sign-in`);
      await page.getByLabel('Role').selectOption(user.role);
      if (user.force) await page.getByLabel('Force', { exact: true }).selectOption(user.force);
      if (user.region) await page.getByLabel('Region').selectOption(user.region);
      await page.getByLabel('Name').fill(user.name);
      await shot(page, 'sign-in');
      await page.getByRole('button', { name: 'Sign in' }).click();
      return { context, page };
    };
    const officer = await as({ role: 'officer', force: 'essex', name: 'PC Lee Hart' });
    await shot(officer.page, 'check');
    await officer.page.getByLabel('Name').fill('Jan Kowalsky');
    await officer.page.getByRole('button', { name: 'Check' }).click();
    await shot(officer.page, 'check-result');
    await officer.page.goto(`${base}/`);
    await officer.page.getByLabel('Name').fill('Nobody Known');
    await officer.page.getByRole('button', { name: 'Check' }).click();
    await shot(officer.page, 'check-no-order');
    await officer.context.close();

    const manager = await as({ role: 'order-manager', force: 'kent', name: 'Sam Reid' });
    for (const [path, name] of [
      [`/orders/${orders.kowalski}`, 'order'],
      [`/forces/kent/alerts`, 'alerts'],
      [`/forces/kent/webhooks`, 'webhooks'],
      [`/forces/kent/webhooks/${webhooks.failing}`, 'webhook-deliveries'],
      ['/orders/new', 'record-order'],
    ]) {
      await manager.page.goto(`${base}${path}`);
      await shot(manager.page, name);
    }
    await manager.page.getByLabel('Name').fill('Jan Kowalski');
    await manager.page.getByRole('button', { name: 'Search the register' }).click();
    await shot(manager.page, 'record-order-subject');
    await manager.context.close();

    const rocu = await as({ role: 'rocu', region: 'south-east', name: 'Ana Quinn' });
    await rocu.page.goto(`${base}/regions/south-east`);
    await shot(rocu.page, 'rocu-region');
    await rocu.context.close();

    const national = await as({ role: 'national', name: 'Nat Lead' });
    await national.page.goto(`${base}/statistics`);
    await shot(national.page, 'statistics', false);
    await shot(national.page, 'statistics-whole-page');
    await national.page.goto(`${base}/regions`);
    await shot(national.page, 'regions');
    await national.context.close();

    const auditor = await as({ role: 'auditor', name: 'Ada Auditor' });
    await shot(auditor.page, 'audit');
    await auditor.context.close();
  }
  await browser.close();
} finally {
  stor.kill();
  receiver.close();
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    const healthy = await fetch(`${base}/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('STOR did not start');
}

async function post(path, token, body) {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function registerWebhooks(kent) {
  const secret = 'a-shared-secret-for-the-screenshots';
  await post('/api/forces/kent/webhooks', kent, { url: `http://127.0.0.1:${PORT + 1}/stor-alerts`, secret });
  const failing = await post('/api/forces/kent/webhooks', kent, { url: 'http://127.0.0.1:9/stor-alerts', secret });
  return { failing: failing.webhookId };
}

/** Waits until the webhook has sent, or given up, the deliveries of Kent's three alerts (two orders made, a breach). */
async function deliveriesSettled(kent, webhookId) {
  for (let i = 0; i < 100; i++) {
    const { deliveries } = await fetch(`${base}/api/forces/kent/webhooks/${webhookId}/deliveries`, { headers: { authorization: `Bearer ${kent}` } }).then((r) => r.json());
    if (deliveries.length >= 3 && deliveries.every((delivery) => delivery.status !== 'pending')) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the webhook deliveries did not settle');
}

async function recordExamples(kent, essex, sussex) {
  const order = (subject, extra = {}) => ({
    type: 'STPO',
    owningForce: 'kent',
    court: 'Maidstone Crown Court',
    madeOn: '2025-03-14',
    prohibitions: [
      { text: 'Must not enter any car wash premises', until: '2030-03-14' },
      { text: 'Must not contact the persons named in the schedule', until: null },
    ],
    subject: { aliases: [], ...subject },
    ...extra,
  });
  const kowalski = await post('/api/orders', kent, order({ forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [{ forenames: 'John', surname: 'Kowal' }], pncId: '2003/1234567Q' }));
  await post('/api/orders', kent, order({ forenames: 'Ioana', surname: 'Popescu', dateOfBirth: '1991-07-19' }, { type: 'STRO', court: 'Canterbury Magistrates Court', madeOn: '2026-02-02' }));
  await post('/api/orders', essex, order({ forenames: 'Arben', surname: 'Hoxha', dateOfBirth: '1986-11-30' }, { owningForce: 'essex', court: 'Chelmsford Crown Court', madeOn: '2024-09-09' }));
  const read = await fetch(`${base}/api/orders/${kowalski.orderId}?position=${kowalski.position}`, { headers: { authorization: `Bearer ${kent}` } }).then((r) => r.json());
  await post(`/api/orders/${kowalski.orderId}/breaches`, sussex, { occurredOn: '2026-10-01', locationForce: 'sussex', description: 'Seen working at a car wash in Brighton', prohibitionIds: [read.prohibitions[0].prohibitionId] });
  return { kowalski: kowalski.orderId };
}
