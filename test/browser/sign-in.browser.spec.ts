import type { Browser } from 'playwright-core';
import { StorTestApp } from '../support/stor-app.js';
import { browse, launchChromium, seriousAccessibilityViolations, signIn, type ViewportName } from './support/browser.js';

let stor: StorTestApp;
let browser: Browser;

beforeAll(async () => {
  stor = await StorTestApp.start();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stor?.stop();
});

describe.each<ViewportName>(['phone', 'desktop'])('signing in and out (%s)', (viewport) => {
  test('a page asked for before signing in leads to the development sign-in, then back to it; sign out ends the session', async () => {
    const { context, page, consoleErrors } = await browse(browser, viewport);
    await page.goto(`${stor.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.getByText('Development sign-in')).toBeTruthy();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await signIn(page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Amira Khan' });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByText('PC Amira Khan').count()).toBeGreaterThan(0);

    const cookie = (await context.cookies()).find((c) => c.name === 'stor_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.goto(`${stor.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('a sign-in with nothing chosen shows the GOV.UK error summary, each message linked to its field', async () => {
    const { context, page } = await browse(browser, viewport);
    await page.goto(`${stor.baseUrl}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: 'Select your role' }).getAttribute('href')).toBe('#role');
    expect(await summary.getByRole('link', { name: 'Enter your name' }).getAttribute('href')).toBe('#name');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

test('a form posted without its CSRF token is refused and changes nothing', async () => {
  const response = await fetch(`${stor.baseUrl}/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'role=national&name=Mallory',
    redirect: 'manual',
  });
  expect(response.status).toBe(403);
  expect(response.headers.get('set-cookie') ?? '').not.toMatch(/stor_session=.+Mallory/);
});

test("an auditor lands on the audit trail, which shows the officer's check, who made it and why", async () => {
  const officer = await browse(browser, 'phone');
  await signIn(officer.page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Audit Trail' });
  await officer.page.getByLabel('Name').fill('Jan Kowalski');
  await officer.page.getByLabel('Reason for the check (optional)').fill('stop on the A20');
  await officer.page.getByRole('button', { name: 'Check' }).click();
  await officer.page.waitForLoadState('load');
  await officer.context.close();

  const { context, page } = await browse(browser, 'desktop');
  await signIn(page, stor.baseUrl, { role: 'auditor', name: 'Ada Auditor' });
  expect(new URL(page.url()).pathname).toBe('/audit');
  const row = page.locator('tr', { hasText: 'POST /check' }).first();
  expect(await row.textContent()).toMatch(/PC Audit Trail[\s\S]*stop on the A20/);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
});
