import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { StorTestApp } from '../support/stor-app.js';
import { anOrder, expectStatus, readOrder, recordBreach, recordOrder } from '../support/stor-steps.js';
import { browse, launchChromium, seriousAccessibilityViolations, signIn, type ViewportName } from './support/browser.js';

// Clock: 23 November 2026. Kent (Eastern) obtained an STPO in 2025, breached in London, so it is
// cross-border, and an STRO in 2026; Sussex an STPO in 2025; Cumbria an STPO in 2024.
let stor: StorTestApp;
let browser: Browser;
let crossBorderOrderId: string;

beforeAll(async () => {
  stor = await StorTestApp.start();
  browser = await launchChromium();
  const manager = (force: string) => stor.token({ role: 'order-manager', force });
  const kent = await recordOrder(stor, await manager('kent'), anOrder({ subject: { forenames: 'Doru', surname: 'Vlad', dateOfBirth: '1982-02-02' } }));
  crossBorderOrderId = kent.orderId;
  await recordOrder(stor, await manager('kent'), anOrder({ type: 'STRO', madeOn: '2026-03-01', subject: { forenames: 'Sorin', surname: 'Enache', dateOfBirth: '1990-03-03' } }));
  await recordOrder(stor, await manager('sussex'), anOrder({ owningForce: 'sussex', court: 'Lewes Crown Court', subject: { forenames: 'Viorel', surname: 'Radu', dateOfBirth: '1979-05-05' } }));
  await recordOrder(stor, await manager('cumbria'), anOrder({ owningForce: 'cumbria', court: 'Carlisle Crown Court', madeOn: '2024-06-01', subject: { forenames: 'Liviu', surname: 'Tudor', dateOfBirth: '1988-06-06' } }));
  const national = await stor.token({ role: 'national' });
  const order = await readOrder(stor, national, kent.orderId, kent.position);
  const breach = await recordBreach(stor, await manager('met'), kent.orderId, { occurredOn: '2026-11-01', locationForce: 'met', prohibitionIds: [order.prohibitions[0].prohibitionId] });
  expectStatus(breach, 201);
  // The pages read the register as it stands: wait until it holds the breach.
  expectStatus(await stor.request('GET', `/api/stats?by=force&position=${breach.body.position}`, { token: national }), 200);
});

afterAll(async () => {
  await browser?.close();
  await stor?.stop();
});

const figure = async (page: import('playwright-core').Page, id: string) => (await page.locator(`#${id} .govuk-heading-xl`).textContent())?.trim();
/** Nothing on the page is wider than the screen: no sideways scrolling on a phone. */
const fitsTheScreen = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth <= root.clientWidth;
  });
const cells = async (page: import('playwright-core').Page, table: string, rowName: string) =>
  (await page.locator(`#${table} tr`, { has: page.getByRole('rowheader', { name: rowName, exact: true }) }).locator('td').allTextContents()).map((cell) => cell.trim());

describe.each<ViewportName>(['phone', 'desktop'])('the statistics and region pages (%s)', (viewport) => {
  test('a national lead sees the figures at a glance, each table, narrows the yearly chart to a force and downloads the cross-tabulation', async () => {
    const { context, page, consoleErrors } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'national', name: 'Commander Ruth Okafor' });
    await page.goto(`${stor.baseUrl}/statistics`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('National statistics');
    expect(await figure(page, 'figure-made')).toBe('4');
    expect(await figure(page, 'figure-active')).toBe('4');
    expect(await figure(page, 'figure-breaches')).toBe('1');
    expect(await page.locator('#trend').textContent()).toBe('Rising: 2 orders made in 2025, up from 1 in 2024. 1 order so far in 2026.');
    expect(await page.locator('svg[role="img"] title').allTextContents()).toEqual([
      'Orders made each year by type, all forces',
      'Orders made and in force today, by the force that obtained them',
      'Breaches by what last became of them',
    ]);
    expect(await cells(page, 'orders-by-year-table', '2025')).toEqual(['2', '0', '2']);
    expect(await cells(page, 'orders-by-force-table', 'Kent Police')).toEqual(['2', '2', '1']);
    expect(await cells(page, 'orders-by-force-table', 'Dorset Police')).toEqual(['0', '0', '0']);
    expect(await cells(page, 'breaches-table', 'No outcome recorded yet')).toEqual(['1', '1']);
    expect(await fitsTheScreen(page)).toBe(true);
    expect(await page.locator('#forces-without-orders-table').textContent()).toContain('43 of 46 forces obtained no order from 2024 to 2026');
    expect(await page.getByRole('link', { name: 'Dorset Police: 0 orders obtained from 2024 to 2026' }).getAttribute('href')).toBe('/statistics?force=dorset&years=3#orders-by-year');
    expect(await page.getByRole('link', { name: 'Kent Police: 2 orders obtained from 2024 to 2026' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Force', { exact: true }).selectOption('kent');
    await page.getByRole('button', { name: 'Show force', exact: true }).click();
    expect(new URL(page.url()).searchParams.get('force')).toBe('kent');
    expect(await cells(page, 'orders-by-year-table', '2024')).toEqual(['0', '0', '0']);
    expect(await cells(page, 'orders-by-year-table', '2026 (so far)')).toEqual(['0', '1', '1']);

    await page.getByLabel('In the last how many years').fill('1');
    await page.getByRole('button', { name: 'Show forces' }).click();
    expect(await page.locator('#forces-without-orders-table').textContent()).toContain('45 of 46 forces obtained no order from 2026 to 2026');
    expect(consoleErrors).toEqual([]);
    await page.getByLabel('In the last how many years').fill('99');
    await page.getByRole('button', { name: 'Show forces' }).click();
    expect(await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter a whole number of years from 1 to 20' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    consoleErrors.length = 0; // the form with an error came back 400, as it should

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download orders made per year/ }).click()]);
    expect(download.suggestedFilename()).toBe('stor-orders-by-year-type-force-2026-11-23.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')).toEqual([
      'Year,Force code,Force,Order type,Orders made,In force today,Breaches recorded',
      '2024,cumbria,Cumbria Constabulary,STPO,1,1,0',
      '2025,kent,Kent Police,STPO,1,1,1',
      '2025,sussex,Sussex Police,STPO,1,1,0',
      '2026,kent,Kent Police,STRO,1,1,0',
      '',
    ]);
    const response = await context.request.get(`${stor.baseUrl}/statistics/orders-by-force.csv`);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe('attachment; filename="stor-orders-by-force-2026-11-23.csv"');

    await page.goto(`${stor.baseUrl}/regions`);
    expect(await page.locator('#region-list').getByRole('link', { name: 'Eastern (ERSOU)' }).getAttribute('href')).toBe('/regions/eastern');
    expect(await page.locator('svg.stor-tile-map a').count()).toBe(46);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect((await page.goto(`${stor.baseUrl}/regions/atlantis`))?.status()).toBe(404);
    await context.close();
  });

  test("a ROCU analyst sees the region's cross-border order and the tile map, follows a tile to the force's statistics, and is kept to the region", async () => {
    const { context, page, consoleErrors } = await browse(browser, viewport);
    await signIn(page, stor.baseUrl, { role: 'rocu', region: 'eastern', name: 'DS Tom Reilly' });
    // On a phone the service navigation is folded behind its Menu button; follow its link as it stands.
    const regionLink = await page.locator('.govuk-service-navigation a', { hasText: /^\s*Region\s*$/ }).getAttribute('href');
    expect(regionLink).toBe('/regions/eastern');
    await page.goto(`${stor.baseUrl}${regionLink}`);
    expect(new URL(page.url()).pathname).toBe('/regions/eastern');
    const crossBorder = page.locator('#cross-border-table');
    expect(await crossBorder.getByRole('link', { name: 'Doru VLAD' }).getAttribute('href')).toBe(`/orders/${crossBorderOrderId}`);
    expect(await crossBorder.textContent()).not.toContain('ENACHE');
    expect(await page.locator('svg.stor-tile-map a').count()).toBe(7);
    expect(await fitsTheScreen(page)).toBe(true);
    expect(await page.locator('svg.stor-tile-map [role="img"]').count()).toBe(39);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Breaches in the last 12 months').check();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    expect(new URL(page.url()).searchParams.get('measure')).toBe('breaches');
    expect(await page.getByRole('link', { name: 'Kent Police: 0 breaches in the last 12 months' }).count()).toBe(1);

    await page.goto(`${stor.baseUrl}/regions/eastern`);
    await page.getByRole('link', { name: 'Kent Police: 2 orders in force today' }).click();
    expect(new URL(page.url()).pathname).toBe('/statistics');
    expect(new URL(page.url()).searchParams.get('force')).toBe('kent');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Statistics: Eastern (ERSOU)');
    expect(await figure(page, 'figure-made')).toBe('2');
    expect(await figure(page, 'figure-active')).toBe('2');
    expect(await cells(page, 'orders-by-force-table', 'Kent Police')).toEqual(['2', '2', '1']);
    expect(await page.locator('#orders-by-force-table').textContent()).not.toContain('Sussex');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);

    const refused = await page.goto(`${stor.baseUrl}/regions/london`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByText('You may see only the page of your own region.').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

test('an officer cannot open the statistics (403 page); a CSV asked for without a session leads to sign in', async () => {
  const { context, page } = await browse(browser, 'desktop');
  await signIn(page, stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Amira Khan' });
  const refused = await page.goto(`${stor.baseUrl}/statistics`);
  expect(refused?.status()).toBe(403);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toContain('statistics');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await context.close();
  const anonymous = await fetch(`${stor.baseUrl}/statistics/breaches.csv`, { redirect: 'manual' });
  expect(anonymous.status).toBe(303);
  expect(anonymous.headers.get('location')).toBe('/sign-in?next=%2Fstatistics%2Fbreaches.csv');
});

test('whatever is typed into a statistics or region address is answered as a page, never a server error', async () => {
  const { context, page } = await browse(browser, 'desktop');
  await signIn(page, stor.baseUrl, { role: 'national', name: 'Commander Ruth Okafor' });
  const statusOf = async (path: string) => (await context.request.get(`${stor.baseUrl}${path}`, { maxRedirects: 0 })).status();
  const answers = {
    '/statistics?years=abc': await statusOf('/statistics?years=abc'),
    '/statistics?years=1e9': await statusOf('/statistics?years=1e9'),
    '/statistics?force=atlantis': await statusOf('/statistics?force=atlantis'),
    '/statistics?force=%3Cscript%3E': await statusOf('/statistics?force=%3Cscript%3E'),
    '/statistics?force=kent&force=met': await statusOf('/statistics?force=kent&force=met'),
    [`/statistics?force=${'k'.repeat(5000)}`.slice(0, 40)]: await statusOf(`/statistics?force=${'k'.repeat(5000)}`),
    '/statistics/forces-without-orders.csv?years=0': await statusOf('/statistics/forces-without-orders.csv?years=0'),
    '/regions/eastern?page=0': await statusOf('/regions/eastern?page=0'),
    '/regions/eastern?page=abc': await statusOf('/regions/eastern?page=abc'),
    '/regions/eastern?page=999999': await statusOf('/regions/eastern?page=999999'),
    '/regions/eastern?measure=%3Cx%3E': await statusOf('/regions/eastern?measure=%3Cx%3E'),
    '/regions/%3Cscript%3E': await statusOf('/regions/%3Cscript%3E'),
  };
  expect(answers).toEqual({
    '/statistics?years=abc': 400,
    '/statistics?years=1e9': 400,
    '/statistics?force=atlantis': 400,
    '/statistics?force=%3Cscript%3E': 400,
    '/statistics?force=kent&force=met': 200,
    [`/statistics?force=${'k'.repeat(5000)}`.slice(0, 40)]: 400,
    '/statistics/forces-without-orders.csv?years=0': 400,
    '/regions/eastern?page=0': 400,
    '/regions/eastern?page=abc': 400,
    '/regions/eastern?page=999999': 200,
    '/regions/eastern?measure=%3Cx%3E': 200,
    '/regions/%3Cscript%3E': 404,
  });
  await context.close();

  const rocu = await browse(browser, 'desktop');
  await signIn(rocu.page, stor.baseUrl, { role: 'rocu', region: 'eastern', name: 'DS Tom Reilly' });
  const outside = await rocu.page.goto(`${stor.baseUrl}/statistics?force=sussex`);
  expect(outside?.status()).toBe(400);
  expect(await rocu.page.locator('.govuk-error-summary').textContent()).toContain('Sussex Police is not in Eastern (ERSOU): choose a force from the list');
  expect(await rocu.context.request.get(`${stor.baseUrl}/regions`, { maxRedirects: 0 }).then((r) => r.status())).toBe(403);
  await rocu.context.close();
});
