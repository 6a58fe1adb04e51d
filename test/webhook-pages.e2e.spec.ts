import { randomUUID } from 'node:crypto';
import { StorTestApp } from './support/stor-app.js';
import { alertsAbout, anOrder, expectStatus, recordOrder, stopAndCheckEveryResponse } from './support/stor-steps.js';
import { hiddenField, textOf, WebSession } from './support/web-session.js';
import { pause, WebhookReceiver } from './support/webhook-receiver.js';

// A force's webhooks as its order managers manage them in the web pages, posted as a browser
// without JavaScript would: added (refusals in words), removed, their deliveries read and sent
// again. Loopback receivers; private addresses refused; two attempts before a delivery is given up.
const WEBHOOKS = { webhookAllowHttpLoopback: true, webhookAllowPrivate: false, webhookRetryBaseMs: 50, webhookMaxAttempts: 2, webhookPollMs: 50 };
const SECRET = 'a-receiver-secret-never-shown-0001';

let stor: StorTestApp;
let national: string;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  stor = await StorTestApp.start({ config: WEBHOOKS });
  national = await stor.token({ role: 'national' });
});

afterAll(async () => {
  await stopAndCheckEveryResponse(stor);
  for (const started of receivers) await started.close();
});

async function receiver(answer?: (earlier: number) => number): Promise<WebhookReceiver> {
  const started = await WebhookReceiver.start(SECRET, answer);
  receivers.push(started);
  return started;
}

const managerOf = (force: string, name = 'DS Priya Shah') => WebSession.signIn(stor.baseUrl, { role: 'order-manager', force, name });

/** The force's webhooks as the API lists them. */
async function listed(force: string): Promise<{ webhookId: string; url: string; deliveries: { pending: number; dead: number } }[]> {
  const response = await stor.request('GET', `/api/forces/${force}/webhooks`, { token: national });
  expectStatus(response, 200);
  return response.body.webhooks;
}

/** Adds a webhook through the page's form, and answers its id from where the page sends the browser. */
async function addThroughPage(session: WebSession, force: string, url: string): Promise<string> {
  const answer = await session.submit(`/forces/${force}/webhooks`, { url, secret: SECRET });
  expect(answer.status).toBe(303);
  const added = /^\/forces\/[a-z-]+\/webhooks\?added=([0-9a-f-]{36})$/.exec(answer.location ?? '');
  expect(added).not.toBeNull();
  return added![1];
}

/** Records an order owned by the force and answers the id of the alert its inbox got. */
async function alertFor(force: string, surname: string): Promise<string> {
  const made = await recordOrder(stor, await stor.token({ role: 'order-manager', force }), anOrder({ owningForce: force, subject: { surname } }));
  const [alert] = await alertsAbout(stor, national, force, made.orderId, made.position);
  return alert.alertId;
}

/** Waits until the webhook's deliveries (newest first, from the API) satisfy `condition`. */
async function deliveriesUntil(force: string, webhookId: string, condition: (list: { deliveryId: string; status: string }[]) => boolean): Promise<{ deliveryId: string; status: string }[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await stor.request('GET', `/api/forces/${force}/webhooks/${webhookId}/deliveries`, { token: national });
    expectStatus(response, 200);
    if (condition(response.body.deliveries)) return response.body.deliveries;
    if (Date.now() > deadline) throw new Error(`the deliveries did not come to what was expected: ${JSON.stringify(response.body.deliveries)}`);
    await pause(25);
  }
}

/** The messages of the page's GOV.UK error summary, and the field each links to. */
function errorSummary(html: string): { href: string; text: string }[] {
  const summary = /<div class="govuk-error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a href="([^"]+)">([\s\S]*?)<\/a>/g)].map((match) => ({ href: match[1], text: textOf(match[2]).trim() }));
}

/** The inline message GOV.UK puts above a field. */
function inlineError(html: string, field: string): string {
  const match = new RegExp(`<p id="${field}-error" class="govuk-error-message">([\\s\\S]*?)</p>`).exec(html);
  return match ? textOf(match[1]).replace(/^ ?Error: ?/, '').trim() : '';
}

describe('adding a webhook', () => {
  test('an order manager finds the page from the alerts, adds a webhook and sees it listed without its secret; alerts then reach it, signed', async () => {
    const kent = await managerOf('kent');
    const alerts = await kent.get('/forces/kent/alerts');
    expect(alerts.html).toContain('href="/forces/kent/webhooks"');
    const empty = await kent.get('/forces/kent/webhooks');
    expect(empty.status).toBe(200);
    const words = textOf(empty.html);
    expect(words).toContain('Webhooks for Kent Police');
    expect(words).toContain('Kent Police has no webhooks');
    expect(empty.html).toContain('X-Stor-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;');
    expect(words).toContain('It must start with https:// (plain http:// only to this machine');
    expect(words).toContain('never shows it again');
    expect(empty.html).toMatch(/<a class="govuk-service-navigation__link" href="\/forces\/kent\/webhooks" aria-current="true">\s*<strong[^>]*>Webhooks</);

    const kentReceiver = await receiver();
    const webhookId = await addThroughPage(kent, 'kent', kentReceiver.url);
    const page = await kent.get(`/forces/kent/webhooks?added=${webhookId}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(`Webhook added Each new alert for Kent Police will be sent to ${kentReceiver.url}`);
    expect(textOf(page.html)).toMatch(new RegExp(`${kentReceiver.url.replace(/[.:/]/g, '\\$&')} 23 November 2026 at 09:00 None waiting None given up`));
    expect(page.html).toContain(`href="/forces/kent/webhooks/${webhookId}"`);
    expect(page.html).not.toContain(SECRET);
    expect(await listed('kent')).toEqual([expect.objectContaining({ webhookId, url: kentReceiver.url })]);
    const trail = await stor.request('GET', '/api/audit?limit=1000', { token: await stor.token({ role: 'auditor' }) });
    expectStatus(trail, 200);
    expect(JSON.stringify(trail.body)).toContain('POST /forces/:code/webhooks');
    expect(JSON.stringify(trail.body)).not.toContain(SECRET);

    const alertId = await alertFor('kent', 'Lungu');
    await kentReceiver.until(() => kentReceiver.of(alertId).length === 1);
    expect(kentReceiver.of(alertId)[0].signed).toBe(true);
    await deliveriesUntil('kent', webhookId, (list) => list[0]?.status === 'delivered');
    const deliveries = textOf((await kent.get(`/forces/kent/webhooks/${webhookId}`)).html);
    expect(deliveries).toContain('Order made: New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police (your force).');
    expect(deliveries).toMatch(/Delivered on \d+ \w+ \d{4} at \d\d:\d\d 1 attempt Received: the receiver answered 200/);
  });

  test('a bad, private or over-long address, a short secret and a full force are refused in words on their fields, and nothing is added', async () => {
    const essex = await managerOf('essex');
    const refusals: [Record<string, string>, number, string, string][] = [
      [{ url: '', secret: 'short' }, 400, 'url', 'Address (URL) must not be empty'],
      [{ url: 'https://alerts.essex.police.uk/stor', secret: 'short' }, 400, 'secret', 'Shared secret must be from 16 to 256 characters'],
      [{ url: `https://alerts.essex.police.uk/${'a'.repeat(2048)}`, secret: SECRET }, 400, 'url', 'Address (URL) must be at most 2048 characters'],
      [{ url: 'https://10.0.0.7/stor', secret: SECRET }, 422, 'url', 'The URL points at a private network address (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16): STOR sends alerts only to addresses on the internet.'],
      [{ url: 'https://169.254.169.254/latest/meta-data', secret: SECRET }, 422, 'url', 'The URL points at a link-local address'],
      [{ url: 'http://203.0.114.9/stor', secret: SECRET }, 422, 'url', 'Plain http is allowed only to this machine (localhost, 127.0.0.1 or ::1): use https://.'],
      [{ url: 'ftp://127.0.0.1/stor', secret: SECRET }, 422, 'url', 'The URL must start with https://.'],
      [{ url: 'alerts.essex.police.uk/stor', secret: SECRET }, 422, 'url', 'The URL is not an absolute URL such as https://alerts.example.police.uk/stor.'],
    ];
    for (const [fields, status, field, message] of refusals) {
      const answer = await essex.submit('/forces/essex/webhooks', fields);
      expect([fields.url.slice(0, 40), answer.status]).toEqual([fields.url.slice(0, 40), status]);
      expect(errorSummary(answer.html)).toContainEqual({ href: `#${field}`, text: expect.stringContaining(message) });
      expect(inlineError(answer.html, field)).toContain(message);
      expect(textOf(answer.html)).toContain('Error: Webhooks for Essex Police – STOR');
      // The address is given back to mend; the secret never is.
      if (fields.url && fields.url.length < 100) expect(answer.html).toContain(`value="${fields.url}"`);
      expect(answer.html).not.toContain(SECRET);
      expect(textOf(answer.html)).toContain('For safety it is not filled in again: type it again.');
    }
    expect(await listed('essex')).toEqual([]);

    for (let n = 1; n <= 10; n++) {
      expectStatus(await stor.request('POST', '/api/forces/essex/webhooks', { token: national, body: { url: `http://127.0.0.1:9/essex-${n}`, secret: SECRET } }), 201);
    }
    const full = await essex.submit('/forces/essex/webhooks', { url: 'http://127.0.0.1:9/essex-11', secret: SECRET });
    expect(full.status).toBe(422);
    expect(errorSummary(full.html)).toEqual([{ href: '#url', text: 'Essex Police already has 10 webhooks, the most a force may have: remove one first.' }]);
    expect(textOf(full.html)).toContain('A force may have up to 10 webhooks; Essex Police has 10.');
    expect(await listed('essex')).toHaveLength(10);
  });
});

describe('removing a webhook', () => {
  test('a page of its own says what removing does; without the form’s token nothing is removed; with it the webhook is gone and its pages with it', async () => {
    const norfolk = await managerOf('norfolk');
    const webhookId = await addThroughPage(norfolk, 'norfolk', 'http://127.0.0.1:9/norfolk');
    const list = await norfolk.get('/forces/norfolk/webhooks');
    expect(list.html).toContain(`href="/forces/norfolk/webhooks/${webhookId}/remove"`);
    expect(textOf(list.html)).toContain('Remove the webhook to http://127.0.0.1:9/norfolk');

    const confirm = await norfolk.get(`/forces/norfolk/webhooks/${webhookId}/remove`);
    expect(confirm.status).toBe(200);
    const words = textOf(confirm.html);
    expect(words).toContain('Remove this webhook?');
    expect(words).toContain('Address http://127.0.0.1:9/norfolk');
    expect(words).toContain('Alerts for Norfolk Constabulary will no longer be sent to this address. Deliveries still waiting are cancelled, its secret is erased, and its deliveries can no longer be seen or sent again.');
    expect(confirm.html).toContain(`action="/forces/norfolk/webhooks/${webhookId}/remove"`);

    expect((await norfolk.post(`/forces/norfolk/webhooks/${webhookId}/remove`, {})).status).toBe(403);
    expect((await norfolk.post(`/forces/norfolk/webhooks/${webhookId}/remove`, { _csrf: 'forged' })).status).toBe(403);
    expect(await listed('norfolk')).toHaveLength(1);

    const removed = await norfolk.submit(`/forces/norfolk/webhooks/${webhookId}/remove`, {}, confirm.html);
    expect(removed).toMatchObject({ status: 303, location: '/forces/norfolk/webhooks?removed=1' });
    const after = await norfolk.get(removed.location as string);
    expect(textOf(after.html)).toContain('Webhook removed Nothing more will be sent to it');
    expect(textOf(after.html)).toContain('Norfolk Constabulary has no webhooks');
    expect(await listed('norfolk')).toEqual([]);
    expect((await norfolk.get(`/forces/norfolk/webhooks/${webhookId}/remove`)).status).toBe(404);
    expect((await norfolk.get(`/forces/norfolk/webhooks/${webhookId}`)).status).toBe(404);
    expect((await norfolk.submit(`/forces/norfolk/webhooks/${webhookId}/remove`, {}, confirm.html)).status).toBe(404);
  });
});

describe('deliveries', () => {
  test('a delivery given up after two failed attempts is shown with why, filtered by status, sent again with the page’s token, and received', async () => {
    const cumbria = await managerOf('cumbria');
    const failing = await receiver(() => 503);
    const webhookId = await addThroughPage(cumbria, 'cumbria', failing.url);
    const alertId = await alertFor('cumbria', 'Popescu');
    const [dead] = await deliveriesUntil('cumbria', webhookId, (list) => list[0]?.status === 'dead');
    expect(failing.of(alertId)).toHaveLength(2);

    const list = textOf((await cumbria.get('/forces/cumbria/webhooks')).html);
    expect(list).toContain('None waiting 1 given up');

    const page = await cumbria.get(`/forces/cumbria/webhooks/${webhookId}`);
    expect(page.status).toBe(200);
    const row = textOf(/<tr class="govuk-table__row" id="delivery-[\s\S]*?<\/tr>/.exec(page.html)?.[0] ?? '');
    expect(row).toContain('Order made: New Slavery and Trafficking Prevention Order (STPO) made, owned by Cumbria Constabulary (your force).');
    expect(row).toMatch(/Given up on \d+ \w+ \d{4} at \d\d:\d\d 2 attempts The receiver answered 503 Service Unavailable/);
    expect(row).toContain('Send again Order made, queued');
    expect(page.html).toContain(`id="delivery-${dead.deliveryId}"`);

    const onlyDead = await cumbria.get(`/forces/cumbria/webhooks/${webhookId}?status=dead`);
    expect(onlyDead.html).toContain(`id="delivery-${dead.deliveryId}"`);
    expect(onlyDead.html).toMatch(/<input[^>]*name="status" type="radio" value="dead" checked/);
    const delivered = await cumbria.get(`/forces/cumbria/webhooks/${webhookId}?status=delivered`);
    expect(delivered.html).not.toContain(`id="delivery-${dead.deliveryId}"`);
    expect(textOf(delivered.html)).toContain('No deliveries with this status.');
    const badFilter = await cumbria.get(`/forces/cumbria/webhooks/${webhookId}?status=lost&before=yesterday`);
    expect(badFilter.status).toBe(400);
    expect(errorSummary(badFilter.html)).toEqual([
      { href: '#status', text: 'Status must be one of pending, delivered, dead, cancelled' },
      { href: '#before', text: 'That page of deliveries is not one these pages link to: the newest deliveries are shown' },
    ]);
    expect(badFilter.html).toContain(`id="delivery-${dead.deliveryId}"`);

    const sendAgain = `/forces/cumbria/webhooks/${webhookId}/deliveries/${dead.deliveryId}/redeliver`;
    expect(onlyDead.html).toContain(`action="${sendAgain}"`);
    expect((await cumbria.post(sendAgain, { status: 'dead' })).status).toBe(403);
    await pause(200);
    expect(failing.of(alertId)).toHaveLength(2);

    failing.answer = () => 204;
    const sent = await cumbria.post(sendAgain, { _csrf: hiddenField(onlyDead.html, '_csrf'), status: 'dead', before: '' });
    expect(sent).toMatchObject({ status: 303, location: `/forces/cumbria/webhooks/${webhookId}?status=dead&sent=${dead.deliveryId}#delivery-${dead.deliveryId}` });
    await failing.until(() => failing.of(alertId).length === 3);
    expect(failing.of(alertId)[2]).toMatchObject({ signed: true, answered: 204, headers: expect.objectContaining({ 'x-stor-alert-id': alertId, 'x-stor-attempt': '1' }) });
    await deliveriesUntil('cumbria', webhookId, (deliveries) => deliveries[0]?.status === 'delivered');
    const banner = await cumbria.get(sent.location!.split('#')[0]);
    expect(textOf(banner.html)).toContain('Sent again The delivery is on its way again');
    const after = textOf((await cumbria.get(`/forces/cumbria/webhooks/${webhookId}`)).html);
    expect(after).toMatch(/Delivered on \d+ \w+ \d{4} at \d\d:\d\d 1 attempt Received: the receiver answered 204/);

    // A delivered one can be sent again too (a receiver that lost it); a made-up delivery is a 404 page.
    const again = await cumbria.post(sendAgain, { _csrf: hiddenField(onlyDead.html, '_csrf') });
    expect(again).toMatchObject({ status: 303, location: `/forces/cumbria/webhooks/${webhookId}?sent=${dead.deliveryId}#delivery-${dead.deliveryId}` });
    await failing.until(() => failing.of(alertId).length === 4);
    const unknown = await cumbria.post(`/forces/cumbria/webhooks/${webhookId}/deliveries/${randomUUID()}/redeliver`, { _csrf: hiddenField(onlyDead.html, '_csrf') });
    expect(unknown.status).toBe(404);
    expect(textOf(unknown.html)).toContain('Page not found');
  });
});

describe('paging', () => {
  test('deliveries newest first, 25 a page: older ones a link away, keeping the filter, and back to the newest', async () => {
    const lincolnshire = await managerOf('lincolnshire');
    const taker = await receiver();
    const webhookId = await addThroughPage(lincolnshire, 'lincolnshire', taker.url);
    const token = await stor.token({ role: 'order-manager', force: 'lincolnshire' });
    for (let n = 0; n < 26; n++) await recordOrder(stor, token, anOrder({ owningForce: 'lincolnshire', subject: { surname: `Paged${String.fromCharCode(65 + n)}` } }));
    const all = await deliveriesUntil('lincolnshire', webhookId, (list) => list.length === 26 && list.every((delivery) => delivery.status === 'delivered'));
    const rowIds = (html: string) => [...html.matchAll(/<tr class="govuk-table__row" id="delivery-([0-9a-f-]{36})"/g)].map((match) => match[1]);

    const first = await lincolnshire.get(`/forces/lincolnshire/webhooks/${webhookId}?status=delivered`);
    expect(rowIds(first.html)).toEqual(all.slice(0, 25).map((delivery) => delivery.deliveryId));
    const older = /<a class="govuk-link govuk-pagination__link" href="([^"]+)" rel="next">/.exec(first.html)?.[1].replace(/&amp;/g, '&');
    expect(older).toMatch(new RegExp(`^/forces/lincolnshire/webhooks/${webhookId}\\?status=delivered&before=\\d+$`));
    expect(textOf(first.html)).toContain('Older deliveries');

    const second = await lincolnshire.get(older!);
    expect(second.status).toBe(200);
    expect(rowIds(second.html)).toEqual([all[25].deliveryId]);
    expect(second.html).not.toContain('rel="next"');
    const newest = /<a class="govuk-link govuk-pagination__link" href="([^"]+)" rel="prev">/.exec(second.html)?.[1].replace(/&amp;/g, '&');
    expect(newest).toBe(`/forces/lincolnshire/webhooks/${webhookId}?status=delivered`);
    expect(textOf(second.html)).toContain('Newest deliveries');
  });
});

describe('who may', () => {
  test('the force’s order managers and national users; officers, another force’s manager, a ROCU and an auditor are refused; an unknown force or webhook is not found', async () => {
    const webhookId = (await stor.request('POST', '/api/forces/suffolk/webhooks', { token: national, body: { url: 'http://127.0.0.1:9/suffolk', secret: SECRET } })).body.webhookId as string;
    const pages = [`/forces/suffolk/webhooks`, `/forces/suffolk/webhooks/${webhookId}`, `/forces/suffolk/webhooks/${webhookId}/remove`];
    const refused = [
      await WebSession.signIn(stor.baseUrl, { role: 'officer', force: 'suffolk', name: 'PC Tom Reed' }),
      await managerOf('kent', 'DS Other Force'),
      await WebSession.signIn(stor.baseUrl, { role: 'rocu', region: 'eastern', name: 'Analyst Ray Cole' }),
      await WebSession.signIn(stor.baseUrl, { role: 'auditor', name: 'Auditor Ann' }),
    ];
    for (const session of refused) {
      for (const path of pages) {
        const page = await session.get(path);
        expect([path, page.status]).toEqual([path, 403]);
        expect(textOf(page.html)).toContain('You cannot use this page');
      }
      const token = hiddenField((await session.get('/forces/suffolk/webhooks')).html, '_csrf');
      expect((await session.post('/forces/suffolk/webhooks', { _csrf: token, url: 'http://127.0.0.1:9/theirs', secret: SECRET })).status).toBe(403);
      expect((await session.post(`/forces/suffolk/webhooks/${webhookId}/remove`, { _csrf: token })).status).toBe(403);
    }
    expect(textOf((await refused[1].get('/forces/suffolk/webhooks')).html)).toContain('Only order managers of suffolk and national users may manage its webhooks.');
    // An officer reads the force's alerts but is not offered its webhooks.
    expect((await refused[0].get('/forces/suffolk/alerts')).html).not.toContain('/forces/suffolk/webhooks');
    expect(await listed('suffolk')).toEqual([expect.objectContaining({ webhookId })]);

    const nationalUser = await WebSession.signIn(stor.baseUrl, { role: 'national', name: 'Lead Sam Ortiz' });
    expect((await nationalUser.get('/forces/suffolk/alerts')).html).toContain('href="/forces/suffolk/webhooks"');
    for (const path of pages) expect((await nationalUser.get(path)).status).toBe(200);
    expect((await nationalUser.get('/forces/atlantis/webhooks')).status).toBe(404);
    expect((await nationalUser.get(`/forces/suffolk/webhooks/${randomUUID()}`)).status).toBe(404);
    expect((await nationalUser.get('/forces/suffolk/webhooks/not-a-webhook')).status).toBe(404);
    expect((await nationalUser.get(`/forces/kent/webhooks/${webhookId}`)).status).toBe(404);

    const signedOut = await fetch(`${stor.baseUrl}/forces/suffolk/webhooks`, { redirect: 'manual' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/sign-in?next=%2Fforces%2Fsuffolk%2Fwebhooks');
  });
});

describe('an address is client input', () => {
  test('markup in a webhook’s address is shown as text on every page, never run', async () => {
    const sussex = await managerOf('sussex');
    const hostile = 'http://127.0.0.1:9/<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const webhookId = await addThroughPage(sussex, 'sussex', hostile);
    expect((await listed('sussex'))[0].url).toBe(hostile);
    for (const path of [`/forces/sussex/webhooks?added=${webhookId}`, `/forces/sussex/webhooks/${webhookId}`, `/forces/sussex/webhooks/${webhookId}/remove`]) {
      const page = await sussex.get(path);
      expect(page.status).toBe(200);
      expect(page.html).toContain('http://127.0.0.1:9/&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
      expect(page.html).not.toContain('<script>alert(1)');
      expect(page.html).not.toContain('<img src=x');
    }
    const refused = await sussex.submit('/forces/sussex/webhooks', { url: 'https://10.0.0.1/"><script>alert(3)</script>', secret: SECRET });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('value="https://10.0.0.1/&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
    expect(refused.html).not.toContain('<script>alert(3)');
  });
});
