import type { Browser, Page } from 'playwright-core';
import { StorTestApp } from '../support/stor-app.js';
import { anOrder, expectStatus, prohibitionIdsOf, readOrder, recordBreach, recordOrder } from '../support/stor-steps.js';
import { browse, launchChromium, seriousAccessibilityViolations, signIn, VIEWPORTS, type ViewportName } from './support/browser.js';

// Kent's alerts, read and acknowledged in a browser. The clock says 23 November 2026, 09:00 (UK time).
let stor: StorTestApp;
let browser: Browser;
let kentManager: string;

beforeAll(async () => {
  stor = await StorTestApp.start();
  browser = await launchChromium();
  kentManager = await stor.token({ role: 'order-manager', force: 'kent' });
  const first = await recordOrder(stor, kentManager, anOrder({ subject: { surname: 'Lungu' } }));
  await recordOrder(stor, kentManager, anOrder({ subject: { surname: 'Popescu' } }));
  const prohibitionIds = prohibitionIdsOf(await readOrder(stor, kentManager, first.orderId, first.position));
  const breach = await recordBreach(stor, kentManager, first.orderId, { occurredOn: '2026-11-20', locationForce: 'kent', description: 'Seen at a car wash', prohibitionIds });
  expectStatus(breach, 201);
  expectStatus(await stor.request('GET', `/api/forces/kent/alerts?position=${breach.body.position}`, { token: kentManager }), 200);
});

afterAll(async () => {
  await browser?.close();
  await stor?.stop();
});

const rows = (page: Page) => page.locator('#alerts tbody tr');
let newestOrderId: string | null = null;

describe.each<ViewportName>(['phone', 'desktop'])('an order manager of Kent and the alerts (%s)', (viewport) => {
  test('reads the inbox newest first, filters it, acknowledges an alert and sees who and when, then sees a new alert arrive without reloading', async () => {
    const { context, page, consoleErrors } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'DS Priya Shah' });
    await page.goto(`${stor.baseUrl}/forces/kent/alerts`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Alerts for Kent Police');
    // Newest first: the breach, until an earlier run of this test raised a newer alert.
    if (newestOrderId) expect(await rows(page).first().locator(`a[href="/orders/${newestOrderId}"]`).count()).toBe(1);
    else expect(await rows(page).first().textContent()).toContain('Breach recorded');
    expect(await rows(page).first().textContent()).toContain('23 November 2026 at 09:00');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Kind of alert').selectOption('breach-recorded');
    await page.getByRole('button', { name: 'Show alerts' }).click();
    await page.waitForURL(/kind=breach-recorded/);
    expect(await rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain('Breach of an order owned by Kent Police (your force), recorded in your area.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Show all alerts' }).click();
    await page.getByRole('radio', { name: 'Not acknowledged' }).check();
    await page.getByRole('button', { name: 'Show alerts' }).click();
    await page.waitForURL(/acknowledged=false/);
    const row = rows(page).first();
    const rowId = await row.getAttribute('id');
    await row.getByRole('button', { name: /^Acknowledge/ }).click();
    await page.waitForURL(/acknowledged=false/);
    expect(await page.locator(`#${rowId}`).count()).toBe(0);
    await page.getByRole('radio', { name: 'Acknowledged', exact: true }).check();
    await page.getByRole('button', { name: 'Show alerts' }).click();
    await page.waitForURL(/acknowledged=true/);
    expect(await page.locator(`#${rowId}`).textContent()).toContain('DS Priya Shah (order manager, Kent Police) on 23 November 2026 at 09:00');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Show all alerts' }).click();
    await page.waitForURL(/\/forces\/kent\/alerts$/);
    const before = await rows(page).count();
    const made = await recordOrder(stor, kentManager, anOrder({ subject: { surname: viewport === 'phone' ? 'Stan' : 'Marin' } }));
    await page.locator(`#alerts tbody tr:first-child a[href="/orders/${made.orderId}"]`).waitFor({ timeout: 5_000 });
    expect(await rows(page).count()).toBe(before + 1);
    newestOrderId = made.orderId;
    expect(await rows(page).first().textContent()).toContain('Order made');
    expect(await page.locator('#alerts-live-status').textContent()).toBe('1 new alert');
    expect(await rows(page).first().getByRole('button', { name: /^Acknowledge/ }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

test('a filtered page shows only the new alerts its filter would show', async () => {
  const { context, page, consoleErrors } = await browse(browser, 'desktop');
  await signIn(page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Tom Reed' });
  await page.goto(`${stor.baseUrl}/forces/kent/alerts?kind=breach-recorded`);
  const before = await rows(page).count();
  const made = await recordOrder(stor, kentManager, anOrder({ subject: { surname: 'Ursu' } }));
  const prohibitionIds = prohibitionIdsOf(await readOrder(stor, kentManager, made.orderId, made.position));
  await recordBreach(stor, kentManager, made.orderId, { occurredOn: '2026-11-22', locationForce: 'kent', description: 'Seen at a car wash', prohibitionIds });
  await page.locator(`#alerts tbody tr:first-child a[href="/orders/${made.orderId}"]`).waitFor({ timeout: 5_000 });
  expect(await rows(page).count()).toBe(before + 1);
  expect(await rows(page).first().textContent()).toContain('Breach recorded');
  expect(await page.locator('#alerts-live-status').textContent()).toBe('1 new alert');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('without JavaScript the inbox still filters and acknowledges', async () => {
  const context = await browser.newContext({ ...VIEWPORTS.desktop, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Tom Reed' });
  await page.goto(`${stor.baseUrl}/forces/kent/alerts?acknowledged=false`);
  const row = rows(page).first();
  const rowId = await row.getAttribute('id');
  await row.getByRole('button', { name: /^Acknowledge/ }).click();
  await page.goto(`${stor.baseUrl}/forces/kent/alerts?acknowledged=true`);
  expect(await page.locator(`#${rowId}`).textContent()).toContain('PC Tom Reed (officer, Kent Police)');
  await context.close();
});

test('the ROCU of the region and national users read Kent’s alerts, with no Acknowledge button; national choose the force first', async () => {
  const { context, page } = await browse(browser, 'desktop');
  await signIn(page, stor.baseUrl, { role: 'rocu', region: 'eastern', name: 'Analyst Ray Cole' });
  await page.goto(`${stor.baseUrl}/forces/kent/alerts`);
  expect(await rows(page).count()).toBeGreaterThan(0);
  expect(await page.getByRole('button', { name: /^Acknowledge/ }).count()).toBe(0);
  expect(await page.getByText('Not acknowledged').count()).toBeGreaterThan(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const refused = await page.goto(`${stor.baseUrl}/forces/kent/alerts?kind=everything`);
  expect(refused?.status()).toBe(400);
  expect(await page.locator('.govuk-error-summary a[href="#kind"]').textContent()).toContain('kind must be one of');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, stor.baseUrl, { role: 'national', name: 'Lead Sam Ortiz' });
  await page.getByRole('link', { name: 'Alerts' }).first().click();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByLabel('Force').selectOption('kent');
  await page.getByRole('button', { name: 'Show alerts' }).click();
  await page.waitForURL(/\/forces\/kent\/alerts$/);
  expect(await rows(page).count()).toBeGreaterThan(0);
  expect(await page.getByRole('button', { name: /^Acknowledge/ }).count()).toBe(0);
  await context.close();
});

test('an officer of another force is refused Kent’s alerts with the 403 page', async () => {
  const { context, page } = await browse(browser, 'phone');
  await signIn(page, stor.baseUrl, { role: 'officer', force: 'sussex', name: 'PC Dee Lane' });
  const response = await page.goto(`${stor.baseUrl}/forces/kent/alerts`);
  expect(response?.status()).toBe(403);
  expect(await page.textContent('main')).toContain('You may not read the alerts of kent');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
});
