import type { Browser, Page } from 'playwright-core';
import { StorTestApp } from '../support/stor-app.js';
import { anOrder, CAR_WASHES, discharge, expectStatus, readOrder, recordOrder } from '../support/stor-steps.js';
import { browse, launchChromium, seriousAccessibilityViolations, signIn, type ViewportName } from './support/browser.js';

// Clock: 23 November 2026. Kent holds an STPO against Jan Kowalski; Sussex's order against Piotr
// Nowak was discharged in October, so a check must not show it in force.
let stor: StorTestApp;
let browser: Browser;
let kowalskiSubjectId: string;

beforeAll(async () => {
  stor = await StorTestApp.start();
  browser = await launchChromium();
  const kent = await stor.token({ role: 'order-manager', force: 'kent' });
  const sussex = await stor.token({ role: 'order-manager', force: 'sussex' });
  const kowalski = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' } }));
  const nowak = await recordOrder(stor, sussex, anOrder({ owningForce: 'sussex', court: 'Lewes Crown Court', subject: { forenames: 'Piotr', surname: 'Nowak', dateOfBirth: '1975-01-09' } }));
  const ended = await discharge(stor, sussex, nowak.orderId, { dischargedOn: '2026-10-01', consent: { subject: true, chiefOfficer: true } });
  expectStatus(ended, 200);
  kowalskiSubjectId = (await readOrder(stor, kent, kowalski.orderId, ended.body.position)).subject.subjectId;
});

afterAll(async () => {
  await browser?.close();
  await stor?.stop();
});

async function check(page: Page, fields: { name?: string; year?: string }): Promise<void> {
  await page.goto(`${stor.baseUrl}/`);
  if (fields.name) await page.getByLabel('Name').fill(fields.name);
  if (fields.year) await page.getByLabel('Date of birth').fill(fields.year);
  await page.getByRole('button', { name: 'Check' }).click();
  await page.waitForLoadState('load');
}

describe.each<ViewportName>(['phone', 'desktop'])('an officer checks a subject at the roadside (%s)', (viewport) => {
  test('a misspelt name finds the order in force, in words: type, owning force, prohibitions, why it matched', async () => {
    const { context, page, consoleErrors } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'officer', force: 'essex', name: 'PC Lee Hart' });
    await check(page, { name: 'Jan Kowalsky', year: '1980' });
    const result = page.locator('main');
    await expect(result.getByText('1 order in force')).toBeTruthy();
    expect(await result.getByRole('heading', { name: 'Jan KOWALSKI' }).count()).toBe(1);
    expect(await result.getByText('Slavery and trafficking prevention order').count()).toBeGreaterThan(0);
    expect(await result.getByText(/Owned by Kent Police/).count()).toBe(1);
    expect(await result.getByText(CAR_WASHES).count()).toBe(1);
    expect(await result.getByText(/year of birth is the same/).count()).toBe(1);
    expect(await result.getByText('Breaching this order is an offence where you are.').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('a person whose only order was discharged: "No order in force found", with what was searched', async () => {
    const { context, page } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'officer', force: 'sussex', name: 'PC Ola Bello' });
    await check(page, { name: 'Piotr Nowak' });
    expect(await page.getByRole('heading', { name: 'No order in force found' }).count()).toBe(1);
    expect(await page.locator('.stor-no-order').textContent()).toMatch(/for name “Piotr Nowak”/);
    expect(await page.getByText('Slavery and trafficking prevention order').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  test('a check with nothing to search for shows the error summary linked to the name', async () => {
    const { context, page } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Dee Moss' });
    await check(page, {});
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#name');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.each<ViewportName>(['desktop', 'phone'])('an order manager records an order (%s)', (viewport) => {
  test('the subject is looked up first and reused; errors and a rule refusal are shown on their fields; the order is recorded', async () => {
    const { context, page } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'Sam Reid' });
    await page.goto(`${stor.baseUrl}/orders/new`);
    await page.getByLabel('Name').fill('Jan Kowalski');
    await page.getByRole('button', { name: 'Search the register' }).click();
    await page.getByLabel('Jan Kowalski').check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByLabel('Forenames', { exact: true }).inputValue()).toBe('Jan');

    await page.getByRole('button', { name: 'Record the order' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: 'Select the type of order' }).getAttribute('href')).toBe('#type');
    expect(await summary.getByRole('link', { name: 'Enter the court that made the order' }).getAttribute('href')).toBe('#court');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Slavery and trafficking risk order', { exact: true }).check();
    await page.getByLabel('Court').fill('Canterbury Crown Court');
    await page.locator('#madeOn-day').fill('1');
    await page.locator('#madeOn-month').fill('12');
    await page.locator('#madeOn-year').fill('2026');
    await page.getByLabel('Wording of prohibition 1').fill('Must not enter any nail bar');
    await page.getByLabel('Address', { exact: true }).fill('12 Station Road, Hastings');
    await page.getByLabel('Force area of the address').selectOption('sussex');
    await page.getByRole('button', { name: 'Record the order' }).click();
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: 'Enter the postcode, or leave the address empty' }).getAttribute('href')).toBe('#subject-address-postcode');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Postcode').fill('TN34 1AA');
    await page.getByRole('button', { name: 'Record the order' }).click();
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/\(rule date-in-future\)/);
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#madeOn-day');

    await page.locator('#madeOn-day').fill('2');
    await page.locator('#madeOn-month').fill('11');
    await page.getByRole('button', { name: 'Record the order' }).click();
    expect(await page.getByRole('heading', { name: 'Order recorded' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const position = new URL(page.url()).searchParams.get('position');
    const orderId = new URL(page.url()).pathname.split('/').at(-1);
    await page.goto(`${stor.baseUrl}/orders/${orderId}?position=${position}`);
    expect(await page.locator('.govuk-summary-list__row', { hasText: 'Lives at' }).textContent()).toMatch(/12 Station Road, Hastings, TN34 1AA \(Sussex Police\), known from 2 November 2026/);
    await context.close();

    const national = await stor.token({ role: 'national' });
    const subject = await stor.request('GET', `/api/subjects/${kowalskiSubjectId}?position=${position}`, { token: national });
    expect(subject.body.orders.filter((order: { orderType: string }) => order.orderType === 'STRO').length).toBeGreaterThanOrEqual(1);
  });
});

test('an officer may not record an order: the page says so, and no order is made', async () => {
  const { context, page } = await browse(browser, 'desktop');
  await signIn(page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Ray Dunn' });
  const response = await page.goto(`${stor.baseUrl}/orders/new`);
  expect(response?.status()).toBe(403);
  expect(await page.getByRole('heading', { name: 'You cannot use this page' }).count()).toBe(1);
  await context.close();
});
