import type { Browser, Page } from 'playwright-core';
import { StorTestApp } from '../support/stor-app.js';
import { anOrder, expectStatus, recordOrder } from '../support/stor-steps.js';
import { pause, WebhookReceiver } from '../support/webhook-receiver.js';
import { browse, launchChromium, seriousAccessibilityViolations, signIn, VIEWPORTS, type ViewportName } from './support/browser.js';

// A force's webhooks managed in a browser: loopback receivers, private addresses refused, a
// delivery given up after two failed attempts. The clock says 23 November 2026, 09:00 (UK time).
const SECRET = 'a-receiver-secret-never-shown-0001';
let stor: StorTestApp;
let browser: Browser;
let national: string;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  stor = await StorTestApp.start({ config: { webhookAllowHttpLoopback: true, webhookAllowPrivate: false, webhookRetryBaseMs: 50, webhookMaxAttempts: 2, webhookPollMs: 50 } });
  browser = await launchChromium();
  national = await stor.token({ role: 'national' });
});

afterAll(async () => {
  await browser?.close();
  await stor?.stop();
  for (const started of receivers) await started.close();
});

async function receiver(answer: (earlier: number) => number): Promise<WebhookReceiver> {
  const started = await WebhookReceiver.start(SECRET, answer);
  receivers.push(started);
  return started;
}

/** Records an order owned by the force, so each of its webhooks gets an alert. */
async function raiseAlert(force: string, surname: string): Promise<void> {
  await recordOrder(stor, await stor.token({ role: 'order-manager', force }), anOrder({ owningForce: force, subject: { surname } }));
}

/** Waits until the force's only webhook's newest delivery has the status. */
async function newestDelivery(force: string, status: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [webhook] = (await stor.request('GET', `/api/forces/${force}/webhooks`, { token: national })).body.webhooks;
    const response = await stor.request('GET', `/api/forces/${force}/webhooks/${webhook.webhookId}/deliveries`, { token: national });
    expectStatus(response, 200);
    if (response.body.deliveries[0]?.status === status) return;
    if (Date.now() > deadline) throw new Error(`no ${status} delivery: ${JSON.stringify(response.body.deliveries)}`);
    await pause(25);
  }
}

/** Whether the page is wider than the screen (it must not scroll sideways on a phone). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });

describe.each<ViewportName>(['phone', 'desktop'])('an order manager and the force’s webhooks (%s)', (viewport) => {
  const force = viewport === 'phone' ? 'kent' : 'essex';
  const forceName = viewport === 'phone' ? 'Kent Police' : 'Essex Police';

  test('finds them from the alerts, is refused a private address in words, adds one, sees a delivery given up, sends it again, and removes the webhook', async () => {
    const { context, page, consoleErrors } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'order-manager', force, name: 'DS Priya Shah' });
    await page.goto(`${stor.baseUrl}/forces/${force}/alerts`);
    await page.getByRole('link', { name: /^Webhooks: send these alerts/ }).click();
    await page.waitForURL(new RegExp(`/forces/${force}/webhooks$`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Webhooks for ${forceName}`);
    expect(await page.getByText(`${forceName} has no webhooks`).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByLabel('Address (URL)').fill('https://10.0.0.7/stor');
    await page.getByLabel('Shared secret').fill(SECRET);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary a[href="#url"]').textContent()).toContain('The URL points at a private network address');
    expect(await page.locator('#url-error').textContent()).toContain('STOR sends alerts only to addresses on the internet');
    expect(await page.getByLabel('Address (URL)').inputValue()).toBe('https://10.0.0.7/stor');
    expect(await page.getByLabel('Shared secret').inputValue()).toBe('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const taker = await receiver((earlier) => (earlier < 2 ? 503 : 204));
    await page.getByLabel('Address (URL)').fill(taker.url);
    await page.getByLabel('Shared secret').fill(SECRET);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.waitForURL(/\?added=/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Webhook added');
    expect(await page.locator('#webhooks tbody tr').count()).toBe(1);
    expect(await page.content()).not.toContain(SECRET);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await raiseAlert(force, viewport === 'phone' ? 'Lungu' : 'Marin');
    await newestDelivery(force, 'dead');
    await page.reload();
    expect(await page.locator('#webhooks tbody tr').first().textContent()).toContain('1 given up');
    await page.getByRole('link', { name: /^See deliveries/ }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deliveries');
    const row = page.locator('#deliveries tbody tr').first();
    expect(await row.textContent()).toContain('Order made:');
    expect(await row.textContent()).toContain('Given up');
    expect(await row.textContent()).toContain('The receiver answered 503 Service Unavailable');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByRole('radio', { name: /^Given up/ }).check();
    await page.getByRole('button', { name: 'Show deliveries' }).click();
    await page.waitForURL(/status=dead/);
    expect(await page.locator('#deliveries tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: /^Send again/ }).click();
    await page.waitForURL(/sent=/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Sent again');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await taker.until((received) => received.some((taken) => taken.answered === 204));
    await newestDelivery(force, 'delivered');
    await page.getByRole('link', { name: 'Show all deliveries' }).click();
    expect(await page.locator('#deliveries tbody tr').first().textContent()).toContain('Received: the receiver answered 204');
    expect(await page.getByRole('button', { name: /^Send again/ }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to the webhooks' }).click();
    await page.getByRole('link', { name: /^Remove the webhook to/ }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Remove this webhook?');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: 'Remove webhook' }).click();
    await page.waitForURL(/\?removed=1$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Webhook removed');
    expect(await page.getByText(`${forceName} has no webhooks`).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The refused form came back 422, as it should; nothing else may have gone wrong.
    expect(consoleErrors.filter((error) => !/status of 422/.test(error))).toEqual([]);
    await context.close();
  });
});

test('without JavaScript a webhook is added, its deliveries read, and it is removed', async () => {
  const context = await browser.newContext({ ...VIEWPORTS.phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, stor.baseUrl, { role: 'order-manager', force: 'norfolk', name: 'DS Ann Webb' });
  await page.goto(`${stor.baseUrl}/forces/norfolk/webhooks`);
  const taker = await receiver(() => 200);
  await page.getByLabel('Address (URL)').fill(taker.url);
  await page.getByLabel('Shared secret').fill(SECRET);
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await page.waitForURL(/\?added=/);
  await raiseAlert('norfolk', 'Stan');
  await newestDelivery('norfolk', 'delivered');
  await page.getByRole('link', { name: /^See deliveries/ }).click();
  expect(await page.locator('#deliveries tbody tr').first().textContent()).toContain('Delivered');
  await page.getByRole('link', { name: 'Back to the webhooks' }).click();
  await page.getByRole('link', { name: /^Remove the webhook to/ }).click();
  await page.getByRole('button', { name: 'Remove webhook' }).click();
  await page.waitForURL(/\?removed=1$/);
  expect(await page.getByText('Norfolk Constabulary has no webhooks').count()).toBe(1);
  await context.close();
});

test('a national user reaches a force’s webhooks from its alerts; an address holding markup is shown as text and never run', async () => {
  const hostile = 'http://127.0.0.1:9/<script>alert(1)</script>"><img src=x onerror=alert(2)>';
  expectStatus(await stor.request('POST', '/api/forces/cumbria/webhooks', { token: national, body: { url: hostile, secret: SECRET } }), 201);
  const { context, page, consoleErrors } = await browse(browser, 'desktop');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, stor.baseUrl, { role: 'national', name: 'Lead Sam Ortiz' });
  await page.goto(`${stor.baseUrl}/forces/cumbria/alerts`);
  await page.getByRole('link', { name: /^Webhooks: send these alerts/ }).click();
  expect(await page.locator('#webhooks code').textContent()).toBe(hostile);
  expect(await page.locator('#webhooks img').count()).toBe(0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('link', { name: /^See deliveries/ }).click();
  expect(await page.getByText('Nothing has been sent to this webhook yet').count()).toBe(1);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('an officer is refused a force’s webhooks with the 403 page, and is not offered them', async () => {
  const { context, page } = await browse(browser, 'phone');
  await signIn(page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Tom Reed' });
  await page.goto(`${stor.baseUrl}/forces/kent/alerts`);
  expect(await page.getByRole('link', { name: /^Webhooks/ }).count()).toBe(0);
  const response = await page.goto(`${stor.baseUrl}/forces/kent/webhooks`);
  expect(response?.status()).toBe(403);
  expect(await page.textContent('main')).toContain('This page is not for the officer role.');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
});
