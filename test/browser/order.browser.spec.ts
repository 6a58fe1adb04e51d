import type { Browser, Page } from 'playwright-core';
import { StorTestApp } from '../support/stor-app.js';
import { anOrder, CAR_WASHES, NAMED_PERSONS, prohibitionIdsOf, readOrder, recordOrder, vary } from '../support/stor-steps.js';
import { browse, launchChromium, seriousAccessibilityViolations, signIn, type ViewportName } from './support/browser.js';

let stor: StorTestApp;
let browser: Browser;
let kentManager: string;

beforeAll(async () => {
  stor = await StorTestApp.start();
  browser = await launchChromium();
  kentManager = await stor.token({ role: 'order-manager', force: 'kent' });
});

afterAll(async () => {
  await browser?.close();
  await stor?.stop();
});

/** An STPO made on 14 March 2025 by Kent with two prohibitions; the register has caught up with it. */
async function kentOrder(surname: string): Promise<string> {
  const made = await recordOrder(
    stor,
    kentManager,
    anOrder({ subject: { surname, pncId: null }, prohibitions: [{ text: CAR_WASHES, until: null }, { text: NAMED_PERSONS, until: '2031-03-14' }] }),
  );
  await readOrder(stor, kentManager, made.orderId, made.position);
  return made.orderId;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe.each<ViewportName>(['phone', 'desktop'])('the order page for the owning force’s order manager (%s)', (viewport) => {
  test('shows the order, records a breach through the form, and shows errors and a rule refusal in words', async () => {
    const orderId = await kentOrder(`Kowalski-${viewport}`);
    const { context, page, consoleErrors } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'DS Priya Shah' });

    await page.goto(`${stor.baseUrl}/orders/${orderId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Slavery and trafficking prevention order');
    const body = page.locator('main');
    expect(await body.textContent()).toContain('In force');
    expect(await body.textContent()).toContain('Kent Police');
    expect(await body.textContent()).toContain(`KOWALSKI-${viewport.toUpperCase()}`);
    expect(await page.locator('.stor-prohibitions-in-force').textContent()).toContain(CAR_WASHES);
    expect(await body.textContent()).toContain('No breach recorded.');
    expect(await page.locator('.stor-timeline').textContent()).toContain('Order made by Maidstone Crown Court on 14 March 2025');
    await expectAccessible(page);

    // A form sent empty: the error summary links each message to its field.
    await page.getByRole('link', { name: 'Record a breach' }).click();
    await page.getByRole('button', { name: 'Record' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: 'Enter the date of the breach' }).getAttribute('href')).toBe('#occurredOn-day');
    expect(await summary.getByRole('link', { name: 'Select the prohibition or requirement that was breached' }).getAttribute('href')).toBe('#breached');
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);

    await page.getByLabel('Day').fill('20');
    await page.getByLabel('Month').fill('11');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('What happened').fill('Seen working at a hand car wash in Ashford');
    await page.getByLabel(`Prohibition: ${CAR_WASHES}`).check();
    await page.getByRole('button', { name: 'Record' }).click();
    await page.waitForURL(/\/orders\/[^/]+\?recorded=breach&position=\d+$/);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Breach recorded');
    expect(await page.locator('.stor-breach').textContent()).toContain('Breach on 20 November 2026');
    expect(await page.locator('.stor-breach').textContent()).toContain('Seen working at a hand car wash in Ashford');
    expect(await page.locator('.stor-timeline').textContent()).toContain('Breach on 20 November 2026 in the area of Kent Police recorded.');
    await expectAccessible(page);

    // R22: a prevention order made in 2025 cannot be discharged without both consents.
    await page.getByRole('link', { name: 'Record a discharge' }).click();
    await page.getByLabel('Day').fill('23');
    await page.getByLabel('Month').fill('11');
    await page.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Record' }).click();
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'A prevention order cannot be discharged within 5 years of being made without the consent of the subject and the chief officer. (rule R22)',
    );
    await expectAccessible(page);
    await page.goto(`${stor.baseUrl}/orders/${orderId}`);
    expect(await page.locator('main').textContent()).toContain('In force');
    // A form with errors is answered 400 or 422, which the console reports; anything else (a script, the CSP) is a fault.
    expect(consoleErrors.filter((error) => !/status of 4(00|22)/.test(error))).toEqual([]);
    await context.close();
  });
});

describe('reading an order on a desktop', () => {
  test('as at a day before a variation, the prohibition it removed is in force; a link goes back to today', async () => {
    const orderId = await kentOrder('Nowak');
    const order = await readOrder(stor, kentManager, orderId);
    const [carWashes] = prohibitionIdsOf(order);
    const varied = await vary(stor, kentManager, orderId, { variedOn: '2026-01-10', removeProhibitionIds: [carWashes] });
    expect(varied.status).toBe(200);

    const { context, page } = await browse(browser, 'desktop');
    await signIn(page, stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'DS Priya Shah' });
    await page.goto(`${stor.baseUrl}/orders/${orderId}`);
    expect(await page.locator('.stor-prohibitions-in-force').textContent()).not.toContain(CAR_WASHES);
    expect(await page.locator('.stor-prohibitions-ended').textContent()).toContain(CAR_WASHES);

    await page.getByLabel('As at').fill('2025-12-01');
    await page.getByRole('button', { name: 'Show the order on that day' }).click();
    await page.waitForURL(/\?asAt=2025-12-01$/);
    expect(await page.locator('main').textContent()).toContain('Shown as at 1 December 2025.');
    expect(await page.locator('.stor-prohibitions-in-force').textContent()).toContain(CAR_WASHES);
    expect(await page.getByRole('link', { name: 'Record a breach' }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Show the order as it is today' }).click();
    expect(await page.locator('.stor-prohibitions-in-force').textContent()).not.toContain(CAR_WASHES);

    // A day before the order was made is refused against the date field.
    await page.goto(`${stor.baseUrl}/orders/${orderId}?asAt=2020-01-01`);
    expect(await page.locator('.govuk-error-summary').getByRole('link').first().getAttribute('href')).toBe('#asAt');
    await context.close();
  });

  test('every change form offered, empty and sent with nothing filled in, has no serious accessibility fault', async () => {
    const orderId = await kentOrder('Pawlak');
    const { context, page, consoleErrors } = await browse(browser, 'desktop');
    await signIn(page, stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'DS Priya Shah' });
    await page.goto(`${stor.baseUrl}/orders/${orderId}`);
    const forms = await page.locator('.stor-order-actions a').evaluateAll((links) => links.map((link) => link.getAttribute('href') as string));
    expect(forms.length).toBeGreaterThanOrEqual(9);
    for (const form of forms) {
      await page.goto(`${stor.baseUrl}${form}`);
      expect({ form, violations: await seriousAccessibilityViolations(page) }).toEqual({ form, violations: [] });
      await page.getByRole('button', { name: 'Record' }).click();
      await page.waitForLoadState('load');
      // Every form either refuses what is missing in the error summary, or (a correction left as it was) says it changes nothing.
      expect({ form, summary: await page.locator('.govuk-error-summary').count() }).toEqual({ form, summary: 1 });
      expect({ form, violations: await seriousAccessibilityViolations(page) }).toEqual({ form, violations: [] });
    }
    expect(consoleErrors.filter((error) => !/status of 4(00|22)/.test(error))).toEqual([]);
    await context.close();
  });

  test('another force’s order manager is offered no change to the order, and a discharge posted anyway is refused as a page', async () => {
    const orderId = await kentOrder('Wisniewski');
    const { context, page } = await browse(browser, 'desktop');
    await signIn(page, stor.baseUrl, { role: 'order-manager', force: 'sussex', name: 'DC Tom Hale' });
    await page.goto(`${stor.baseUrl}/orders/${orderId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Slavery and trafficking prevention order');
    expect(await page.getByRole('link', { name: 'Record a discharge' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Record a variation' }).count()).toBe(0);

    // The discharge form's own page, reached by its address, and then posted: the domain refuses it.
    await page.goto(`${stor.baseUrl}/orders/${orderId}/discharge`);
    await page.getByLabel('Day').fill('23');
    await page.getByLabel('Month').fill('11');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('The subject consented').check();
    await page.getByLabel('The chief officer consented').check();
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record' }).click()]);
    expect(response.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain('Only an order manager of kent');
    await expectAccessible(page);
    await context.close();
    expect((await readOrder(stor, kentManager, orderId)).status).toBe('active');
  });

  test('an officer reads the order without the timeline; an unknown order is a not-found page', async () => {
    const orderId = await kentOrder('Zielinski');
    const { context, page } = await browse(browser, 'desktop');
    await signIn(page, stor.baseUrl, { role: 'officer', force: 'essex', name: 'PC Amira Khan' });
    await page.goto(`${stor.baseUrl}/orders/${orderId}`);
    expect(await page.locator('.stor-prohibitions-in-force').textContent()).toContain(CAR_WASHES);
    expect(await page.locator('main').textContent()).toContain('The timeline of changes is open to');
    expect(await page.getByRole('link', { name: 'Record a breach' }).count()).toBe(0);
    await expectAccessible(page);

    const missing = await page.goto(`${stor.baseUrl}/orders/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
    const bad = await page.goto(`${stor.baseUrl}/orders/not-an-order`);
    expect(bad?.status()).toBe(404);
    await context.close();
  });
});
