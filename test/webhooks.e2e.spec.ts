import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventStore } from '#event-store';
import { rebuildProjections } from '../apps/cli/src/projections/rebuild-and-verify.js';
import { StorTestApp } from './support/stor-app.js';
import { createTestDatabase } from './support/test-database.js';
import { alertsAbout, anOrder, expectInvalid, expectProblem, expectStatus, recordOrder, stopAndCheckEveryResponse, UUID } from './support/stor-steps.js';
import { pause, WebhookReceiver } from './support/webhook-receiver.js';

// A force's webhooks: each new alert POSTed, signed, to the force's own system; retried, dead-
// lettered, redelivered; never twice. Loopback receivers, short retry waits, at most 4 attempts.
const WEBHOOKS = { webhookAllowHttpLoopback: true, webhookAllowPrivate: false, webhookRetryBaseMs: 50, webhookMaxAttempts: 4, webhookPollMs: 50 };
const SECRET = 'kent-receiver-secret-0001';

let stor: StorTestApp;
let national: string;
const receivers: WebhookReceiver[] = [];

const managerOf = (force: string) => stor.token({ role: 'order-manager', force, name: `DS Webb of ${force}` });
const register = (force: string, body: unknown, token: string, app = stor) => app.request('POST', `/api/forces/${force}/webhooks`, { token, body });
const deliveries = (force: string, webhookId: string, query = '', token = national) => stor.request('GET', `/api/forces/${force}/webhooks/${webhookId}/deliveries${query}`, { token });

async function receiver(answer?: (earlier: number) => number, secret = SECRET): Promise<WebhookReceiver> {
  const started = await WebhookReceiver.start(secret, answer);
  receivers.push(started);
  return started;
}

/** Registers a webhook for the force to the receiver, as an order manager of that force. */
async function webhookFor(force: string, to: WebhookReceiver, app = stor): Promise<string> {
  const response = await register(force, { url: to.url, secret: to.secret }, await app.token({ role: 'order-manager', force }), app);
  expectStatus(response, 201);
  return response.body.webhookId as string;
}

/** Records an order owned by the force and answers the id of the alert its inbox got. */
async function alertFor(force: string, surname: string, app = stor): Promise<string> {
  const made = await recordOrder(app, await app.token({ role: 'order-manager', force }), anOrder({ owningForce: force, subject: { surname } }));
  const [alert] = await alertsAbout(app, await app.token({ role: 'national' }), force, made.orderId, made.position);
  expect(alert).toBeDefined();
  return alert.alertId;
}

/** Waits until the webhook's deliveries (newest first) satisfy `condition`. */
async function deliveriesUntil(force: string, webhookId: string, condition: (list: any[]) => boolean, ms = 10_000): Promise<any[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const response = await deliveries(force, webhookId);
    expectStatus(response, 200);
    if (condition(response.body.deliveries)) return response.body.deliveries;
    if (Date.now() > deadline) throw new Error(`the deliveries did not come to what was expected: ${JSON.stringify(response.body.deliveries)}`);
    await pause(25);
  }
}

function metric(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}${labels} `));
  return line === undefined ? Number.NaN : Number(line.split(' ')[1]);
}

beforeAll(async () => {
  stor = await StorTestApp.start({ config: WEBHOOKS });
  national = await stor.token({ role: 'national' });
});
afterAll(async () => {
  await stopAndCheckEveryResponse(stor);
  for (const started of receivers) await started.close();
});

describe('retries until a 2xx', () => {
  test('a receiver failing its first two attempts gets the alert signed on the third, exactly once, the same alert each time', async () => {
    const kent = await receiver((earlier) => (earlier < 2 ? 500 : 200));
    const webhookId = await webhookFor('kent', kent);
    const raisedAt = stor.clock.now().toISOString();
    const alertId = await alertFor('kent', 'Lungu');
    await kent.until(() => kent.of(alertId).some((taken) => taken.answered === 200));
    await pause(400); // several polls and retry waits: nothing more may come

    const attempts = kent.of(alertId);
    expect(attempts.map((taken) => [taken.headers['x-stor-attempt'], taken.answered])).toEqual([
      ['1', 500],
      ['2', 500],
      ['3', 200],
    ]);
    for (const taken of attempts) {
      expect(taken.signed).toBe(true);
      expect(taken.headers['content-type']).toBe('application/json');
      expect(taken.headers['x-stor-alert-id']).toBe(alertId);
      expect(taken.headers['x-stor-delivery-id']).toBe(attempts[0].headers['x-stor-delivery-id']);
      expect(taken.body).toBe(attempts[0].body);
    }
    expect(attempts[0].alert).toMatchObject({ force: 'kent', alertId, kind: 'order-made', orderId: expect.stringMatching(UUID), raisedAt, reason: expect.any(String) });
    const [delivery] = await deliveriesUntil('kent', webhookId, (list) => list[0]?.status === 'delivered');
    expect(delivery).toMatchObject({
      deliveryId: attempts[0].headers['x-stor-delivery-id'],
      webhookId,
      alertId,
      alert: { kind: 'order-made', reason: attempts[0].alert.reason, orderId: attempts[0].alert.orderId },
      status: 'delivered',
      attempts: 3,
      lastStatus: 200,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: expect.any(String),
      deadAt: null,
    });
  });

  test('the payload is the alert as the inbox lists it, with its force', async () => {
    const kent = await receiver();
    await webhookFor('kent', kent);
    const made = await recordOrder(stor, await managerOf('kent'), anOrder({ subject: { surname: 'Popescu' } }));
    const [listed] = await alertsAbout(stor, national, 'kent', made.orderId, made.position);
    await kent.until(() => kent.of(listed.alertId).length === 1);
    const { acknowledged: _a, acknowledgedAt: _at, acknowledgedBy: _by, ...raised } = listed as any;
    expect(kent.of(listed.alertId)[0].alert).toEqual({ force: 'kent', ...raised });
  });
});

describe('dead letters', () => {
  test('a receiver always failing is dead-lettered after the bound, seen in the list and the metrics; redelivered, it arrives', async () => {
    const cumbria = await receiver(() => 503);
    const webhookId = await webhookFor('cumbria', cumbria);
    const alertId = await alertFor('cumbria', 'Ionescu');
    const [dead] = await deliveriesUntil('cumbria', webhookId, (list) => list.some((delivery) => delivery.alertId === alertId && delivery.status === 'dead'));
    expect(dead).toMatchObject({ alertId, status: 'dead', attempts: 4, lastStatus: 503, lastError: 'http-503', deadAt: expect.any(String), deliveredAt: null });
    expect(cumbria.of(alertId).map((taken) => taken.headers['x-stor-attempt'])).toEqual(['1', '2', '3', '4']);
    await pause(300);
    expect(cumbria.of(alertId)).toHaveLength(4);

    const onlyDead = await deliveries('cumbria', webhookId, '?status=dead');
    expect(onlyDead.body.deliveries.map((delivery: { deliveryId: string }) => delivery.deliveryId)).toEqual([dead.deliveryId]);
    expect((await deliveries('cumbria', webhookId, '?status=pending')).body.deliveries).toEqual([]);
    const listed = await stor.request('GET', '/api/forces/cumbria/webhooks', { token: await managerOf('cumbria') });
    expect(listed.body.webhooks).toEqual([expect.objectContaining({ webhookId, deliveries: { pending: 0, dead: 1 } })]);
    const metrics = (await stor.request('GET', '/metrics')).body as string;
    expect(metric(metrics, 'stor_webhook_deliveries', '{status="dead"}')).toBeGreaterThanOrEqual(1);
    expect(metric(metrics, 'stor_webhook_dead_letters')).toBeGreaterThanOrEqual(1);
    expect(metric(metrics, 'stor_webhook_dead_lettered_total')).toBeGreaterThanOrEqual(1);
    expect(metric(metrics, 'stor_webhook_delivery_attempts_total', '{outcome="failed"}')).toBeGreaterThanOrEqual(4);

    cumbria.answer = () => 204;
    const redelivered = await stor.request('POST', `/api/forces/cumbria/webhooks/${webhookId}/deliveries/${dead.deliveryId}/redeliver`, { token: await managerOf('cumbria') });
    expectStatus(redelivered, 202);
    expect(redelivered.body).toMatchObject({ deliveryId: dead.deliveryId, alertId, status: 'pending', attempts: 0 });
    await cumbria.until(() => cumbria.of(alertId).some((taken) => taken.answered === 204));
    const again = cumbria.of(alertId).at(-1)!;
    expect(again).toMatchObject({ signed: true, headers: expect.objectContaining({ 'x-stor-attempt': '1', 'x-stor-delivery-id': dead.deliveryId, 'x-stor-alert-id': alertId }) });
    const [delivered] = await deliveriesUntil('cumbria', webhookId, (list) => list[0]?.status === 'delivered');
    expect(delivered).toMatchObject({ deliveryId: dead.deliveryId, attempts: 1, lastStatus: 204, lastError: null });
    expect((await stor.request('GET', '/api/forces/cumbria/webhooks', { token: national })).body.webhooks[0].deliveries).toEqual({ pending: 0, dead: 0 });
  });

  test('a delivered delivery can be sent again, with the same alert id; an unknown one is 404', async () => {
    const norfolk = await receiver();
    const webhookId = await webhookFor('norfolk', norfolk);
    const alertId = await alertFor('norfolk', 'Dumitru');
    const [delivered] = await deliveriesUntil('norfolk', webhookId, (list) => list.some((delivery) => delivery.alertId === alertId && delivery.status === 'delivered'));
    expectStatus(await stor.request('POST', `/api/forces/norfolk/webhooks/${webhookId}/deliveries/${delivered.deliveryId}/redeliver`, { token: national }), 202);
    await norfolk.until(() => norfolk.of(alertId).length === 2);
    expect(norfolk.of(alertId).map((taken) => taken.alert.alertId)).toEqual([alertId, alertId]);
    expectProblem(await stor.request('POST', `/api/forces/norfolk/webhooks/${webhookId}/deliveries/${randomUUID()}/redeliver`, { token: national }), 404);
    expectProblem(await stor.request('POST', `/api/forces/norfolk/webhooks/${webhookId}/deliveries/not-an-id/redeliver`, { token: national }), 404);
    expectProblem(await stor.request('POST', `/api/forces/kent/webhooks/${webhookId}/deliveries/${delivered.deliveryId}/redeliver`, { token: national }), 404);
  });
});

describe('never twice, never what came before', () => {
  test('rebuilding the inbox from the log makes no delivery again and sends nothing again', async () => {
    const norfolk = await receiver();
    await webhookFor('norfolk', norfolk);
    const alertId = await alertFor('norfolk', 'Constantin');
    await norfolk.until(() => norfolk.of(alertId).length === 1);
    const db = stor.get(DataSource);
    // Which deliveries exist, not their status: other tests' deliveries may be sent meanwhile.
    const outbox = async () => (await db.query(`SELECT alert_id::text AS alert_id, webhook_id::text AS webhook_id FROM webhook_deliveries ORDER BY delivery_id`)) as unknown[];
    const before = await outbox();
    const sent = norfolk.received.length;

    await rebuildProjections(db, stor.get(EventStore), () => undefined);
    await pause(400);
    expect(await outbox()).toEqual(before);
    expect(norfolk.received).toHaveLength(sent);
    expect(await alertsAbout(stor, national, 'norfolk', (norfolk.of(alertId)[0].alert.orderId as string))).toEqual([expect.objectContaining({ alertId })]);
  });

  test('a webhook registered after an alert never gets that alert, not even after a rebuild; nor in the same instant', async () => {
    const before = await alertFor('dyfed-powys', 'Marin');
    const sameInstant = await receiver();
    const sameInstantId = await webhookFor('dyfed-powys', sameInstant);
    stor.clock.set(new Date(stor.clock.now().getTime() + 60_000));
    const later = await receiver();
    const laterId = await webhookFor('dyfed-powys', later);
    const after = await alertFor('dyfed-powys', 'Stoica');
    await later.until(() => later.of(after).length === 1);
    await sameInstant.until(() => sameInstant.of(after).length === 1);
    await rebuildProjections(stor.get(DataSource), stor.get(EventStore), () => undefined);
    await pause(400);
    for (const [taker, webhookId] of [[sameInstant, sameInstantId], [later, laterId]] as const) {
      expect(taker.of(before)).toEqual([]);
      expect(taker.received.map((taken) => taken.alert.alertId)).toEqual([after]);
      expect((await deliveries('dyfed-powys', webhookId)).body.deliveries.map((delivery: { alertId: string }) => delivery.alertId)).toEqual([after]);
    }
  });

  test('deleting a webhook cancels what it has not received and sends it nothing more', async () => {
    const merseyside = await receiver(() => 500);
    const webhookId = await webhookFor('merseyside', merseyside);
    const manager = await managerOf('merseyside');
    const alertId = await alertFor('merseyside', 'Lazar');
    await merseyside.until(() => merseyside.of(alertId).length >= 1);
    const deleted = await stor.request('DELETE', `/api/forces/merseyside/webhooks/${webhookId}`, { token: manager });
    expectStatus(deleted, 204);
    await pause(100); // an attempt in flight as it was deleted may still land
    const sent = merseyside.received.length;
    const later = await alertFor('merseyside', 'Radu');
    await pause(500);
    expect(merseyside.received).toHaveLength(sent);
    expect(merseyside.of(later)).toEqual([]);
    const rows: { status: string }[] = await stor.get(DataSource).query(`SELECT status FROM webhook_deliveries WHERE webhook_id = $1`, [webhookId]);
    expect(rows).toEqual([{ status: 'cancelled' }]);
    expect((await stor.request('GET', '/api/forces/merseyside/webhooks', { token: manager })).body.webhooks).toEqual([]);
    expectProblem(await deliveries('merseyside', webhookId), 404);
    expectProblem(await stor.request('DELETE', `/api/forces/merseyside/webhooks/${webhookId}`, { token: manager }), 404);
  });
});

describe('registering', () => {
  test('201 with the webhook and never its secret; the list shows it without the secret', async () => {
    const manager = await managerOf('essex');
    const response = await register('essex', { url: 'http://127.0.0.1:9/essex', secret: 'essex-secret-never-shown' }, manager);
    expectStatus(response, 201);
    expect(response.body).toEqual({ webhookId: expect.stringMatching(UUID), force: 'essex', url: 'http://127.0.0.1:9/essex', registeredAt: stor.clock.now().toISOString() });
    const listed = await stor.request('GET', '/api/forces/essex/webhooks', { token: manager });
    expect(listed.body.webhooks).toEqual([{ ...response.body, deliveries: { pending: 0, dead: 0 } }]);
    expect(JSON.stringify(listed.body)).not.toContain('essex-secret-never-shown');
    const [stored]: { secret_sealed: string }[] = await stor.get(DataSource).query(`SELECT secret_sealed FROM webhooks WHERE webhook_id = $1`, [response.body.webhookId]);
    expect(stored.secret_sealed).not.toContain('essex-secret-never-shown');
    const trail = await stor.request('GET', '/api/audit?limit=1000', { token: await stor.token({ role: 'auditor' }) });
    expectStatus(trail, 200);
    expect(JSON.stringify(trail.body)).toContain('POST /api/forces/:code/webhooks');
    expect(JSON.stringify(trail.body)).not.toContain('essex-secret-never-shown');
    expectStatus(await stor.request('DELETE', `/api/forces/essex/webhooks/${response.body.webhookId}`, { token: manager }), 204);
  });

  test.each([
    ['https://10.0.0.7/stor', /private network/],
    ['https://192.168.1.20/stor', /private network/],
    ['https://169.254.169.254/latest/meta-data', /link-local/],
    ['https://[fe80::1]/stor', /link-local/],
    ['https://[fd00::7]/stor', /unique-local/],
    ['https://100.64.0.9/stor', /carrier-grade NAT/],
    ['https://0.0.0.0/stor', /unspecified/],
    ['https://224.0.0.1/stor', /multicast/],
    ['https://255.255.255.255/stor', /broadcast/],
    ['http://203.0.114.9/stor', /only to this machine/],
    ['ftp://127.0.0.1/stor', /https/],
    ['https://kent:hunter2@127.0.0.1/stor', /user name or password/],
    ['alerts.kent.police.uk/stor', /absolute URL/],
  ])('the URL %s is refused, 422 saying why (%s)', async (url, why) => {
    const response = await register('devon-and-cornwall', { url, secret: SECRET }, national);
    expectProblem(response, 422);
    expect(response.body.detail).toMatch(why);
  });

  test('out-of-bounds bodies are 400 naming the field, and change nothing', async () => {
    const manager = await managerOf('devon-and-cornwall');
    expectInvalid(await register('devon-and-cornwall', { url: `http://127.0.0.1/${'a'.repeat(2048)}`, secret: SECRET }, manager), 'url');
    expectInvalid(await register('devon-and-cornwall', { url: 'http://127.0.0.1/stor', secret: 'fifteen-chars15' }, manager), 'secret');
    expectInvalid(await register('devon-and-cornwall', { url: 'http://127.0.0.1/stor', secret: 's'.repeat(257) }, manager), 'secret');
    expectInvalid(await register('devon-and-cornwall', { url: 'http://127.0.0.1/stor' }, manager), 'secret');
    expectInvalid(await register('devon-and-cornwall', { url: 42, secret: SECRET }, manager), 'url');
    expectInvalid(await register('devon-and-cornwall', { url: 'http://127.0.0.1/stor', secret: SECRET, events: ['all'] }, manager), 'events');
    expect((await stor.request('GET', '/api/forces/devon-and-cornwall/webhooks', { token: manager })).body.webhooks).toEqual([]);
  });

  test('at most 10 live webhooks a force: the 11th is 422 until one is deleted', async () => {
    const manager = await managerOf('devon-and-cornwall');
    const ids: string[] = [];
    for (let n = 1; n <= 10; n++) {
      const response = await register('devon-and-cornwall', { url: `http://127.0.0.1:9/hook-${n}`, secret: SECRET }, manager);
      expectStatus(response, 201);
      ids.push(response.body.webhookId);
    }
    const eleventh = await register('devon-and-cornwall', { url: 'http://127.0.0.1:9/hook-11', secret: SECRET }, manager);
    expectProblem(eleventh, 422);
    expect(eleventh.body.detail).toMatch(/10 webhooks/);
    expectStatus(await stor.request('DELETE', `/api/forces/devon-and-cornwall/webhooks/${ids[0]}`, { token: manager }), 204);
    expectStatus(await register('devon-and-cornwall', { url: 'http://127.0.0.1:9/hook-11', secret: SECRET }, manager), 201);
  });

  test('plain http to this machine is refused where it is not configured', async () => {
    const strict = await StorTestApp.start({ config: { ...WEBHOOKS, webhookAllowHttpLoopback: false } });
    try {
      const refused = await register('kent', { url: 'http://127.0.0.1:9/stor', secret: SECRET }, await strict.token({ role: 'national' }), strict);
      expectProblem(refused, 422);
      expect(refused.body.detail).toMatch(/not sent over plain http/);
      const loopback = await register('kent', { url: 'https://127.0.0.1:9/stor', secret: SECRET }, await strict.token({ role: 'national' }), strict);
      expect(loopback.body.detail).toMatch(/loopback/);
    } finally {
      await strict.stop();
    }
  });
});

describe('who may', () => {
  test('order managers of the force and national users; no one else, here or in another force', async () => {
    const created = await register('essex', { url: 'http://127.0.0.1:9/who', secret: SECRET }, national);
    expectStatus(created, 201);
    const webhookId = created.body.webhookId as string;
    const deliveryId = randomUUID();
    const routes = (force: string): [string, string, unknown?][] => [
      ['POST', `/api/forces/${force}/webhooks`, { url: 'http://127.0.0.1:9/who-else', secret: SECRET }],
      ['GET', `/api/forces/${force}/webhooks`],
      ['GET', `/api/forces/${force}/webhooks/${webhookId}/deliveries`],
      ['POST', `/api/forces/${force}/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`],
      ['DELETE', `/api/forces/${force}/webhooks/${randomUUID()}`],
    ];
    const refused = [
      await stor.token({ role: 'order-manager', force: 'kent' }),
      await stor.token({ role: 'officer', force: 'essex' }),
      await stor.token({ role: 'rocu', region: 'eastern' }),
      await stor.token({ role: 'auditor' }),
    ];
    for (const [method, path, body] of routes('essex')) {
      for (const token of refused) expectProblem(await stor.request(method, path, { token, body }), 403);
      expectProblem(await stor.request(method, path, { body }), 401);
    }
    const own = await managerOf('essex');
    const answers = async (token: string) => {
      const statuses: number[] = [];
      for (const [method, path, body] of routes('essex')) statuses.push((await stor.request(method, path, { token, body })).status);
      return statuses;
    };
    // Allowed: the route answers on its merits (201, 200, 200, 404 for a delivery that is not there, 404 for a webhook that is not there).
    expect(await answers(own)).toEqual([201, 200, 200, 404, 404]);
    expect(await answers(national)).toEqual([201, 200, 200, 404, 404]);
    expectProblem(await stor.request('GET', '/api/forces/atlantis/webhooks', { token: national }), 404);
    expectProblem(await stor.request('GET', `/api/forces/essex/webhooks/${randomUUID()}/deliveries`, { token: national }), 404);
    expectProblem(await stor.request('GET', `/api/forces/kent/webhooks/${webhookId}/deliveries`, { token: national }), 404);
    expectInvalid(await deliveries('essex', webhookId, '?status=lost'), 'status');
    expectInvalid(await deliveries('essex', webhookId, '?limit=0'), 'limit');
    expectInvalid(await deliveries('essex', webhookId, '?before=yesterday'), 'before');
    for (const webhook of (await stor.request('GET', '/api/forces/essex/webhooks', { token: national })).body.webhooks) {
      expectStatus(await stor.request('DELETE', `/api/forces/essex/webhooks/${webhook.webhookId}`, { token: national }), 204);
    }
  });
});

describe('paging', () => {
  test("a webhook's deliveries, newest first, a page at a time", async () => {
    const norfolk = await receiver();
    const webhookId = await webhookFor('norfolk', norfolk);
    const alertIds: string[] = [];
    for (const surname of ['Barbu', 'Munteanu', 'Nistor']) alertIds.push(await alertFor('norfolk', surname));
    await deliveriesUntil('norfolk', webhookId, (list) => list.length === 3 && list.every((delivery) => delivery.status === 'delivered'));
    const first = await deliveries('norfolk', webhookId, '?limit=2');
    expect(first.body.deliveries.map((delivery: { alertId: string }) => delivery.alertId)).toEqual([alertIds[2], alertIds[1]]);
    const second = await deliveries('norfolk', webhookId, `?limit=2&before=${first.body.next}`);
    expect(second.body.deliveries.map((delivery: { alertId: string }) => delivery.alertId)).toEqual([alertIds[0]]);
    expect(second.body.next).toBeNull();
  });
});

(process.env.DATABASE_URL ? describe : describe.skip)('two instances on one database', () => {
  test('each alert is delivered once, whichever instance recorded it and however many workers share the outbox', async () => {
    const database = await createTestDatabase();
    const one = await StorTestApp.start({ database, config: WEBHOOKS });
    const two = await StorTestApp.start({ database, config: WEBHOOKS });
    const kent = await receiver();
    // Slower to answer than the workers poll: each delivery is in flight while the other instance looks for due ones.
    kent.delayMs = 200;
    try {
      await webhookFor('kent', kent, one);
      // Recorded together through both, so both workers find several due at once.
      const alertIds = await Promise.all(Array.from({ length: 12 }, (_, n) => alertFor('kent', `Twice${n}`, n % 2 === 0 ? one : two)));
      await kent.until(() => alertIds.every((alertId) => kent.of(alertId).length >= 1));
      await pause(500);
      for (const alertId of alertIds) expect(kent.of(alertId)).toHaveLength(1);
      expect(kent.received.every((taken) => taken.signed)).toBe(true);
    } finally {
      await two.stop();
      await one.stop();
      await database.drop();
    }
  });
});
