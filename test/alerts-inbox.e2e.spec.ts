import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventStore } from '#event-store';
import { AlertStreams } from '../apps/api/src/alerts/alert-stream/alert-streams.js';
import { rebuildProjections } from '../apps/cli/src/projections/rebuild-and-verify.js';
import { EventStreamReader } from './support/event-stream.js';
import { StorTestApp } from './support/stor-app.js';
import { createTestDatabase } from './support/test-database.js';
import { anOrder, expectInvalid, expectProblem, expectStatus, type Outcome, prohibitionIdsOf, readOrder, recordBreach, recordOrder, stopAndCheckEveryResponse } from './support/stor-steps.js';

// A force's inbox: filters, pages, acknowledgements, and the live stream. The clock says 23 November 2026, 09:00.
let stor: StorTestApp;
let kentManager: string;
let kentOfficer: string;
let sussexManager: string;
let easternRocu: string;
let national: string;
const made: Outcome[] = [];

const list = (query: string, token = kentOfficer) => stor.request('GET', `/api/forces/kent/alerts${query}`, { token });
const acknowledge = (alertId: string, token: string, force = 'kent') => stor.request('POST', `/api/forces/${force}/alerts/${alertId}/acknowledge`, { token });
const stream = (token: string, headers: Record<string, string> = {}, force = 'kent') =>
  EventStreamReader.open(`${stor.baseUrl}/api/forces/${force}/alerts/stream`, { authorization: `Bearer ${token}`, ...headers });

beforeAll(async () => {
  stor = await StorTestApp.start();
  kentManager = await stor.token({ role: 'order-manager', force: 'kent', name: 'DS Priya Shah' });
  kentOfficer = await stor.token({ role: 'officer', force: 'kent', name: 'PC Tom Reed' });
  sussexManager = await stor.token({ role: 'order-manager', force: 'sussex' });
  easternRocu = await stor.token({ role: 'rocu', region: 'eastern' });
  national = await stor.token({ role: 'national' });
  for (const surname of ['Lungu', 'Popescu', 'Ionescu']) made.push(await recordOrder(stor, kentManager, anOrder({ subject: { surname } })));
  const prohibitionIds = prohibitionIdsOf(await readOrder(stor, kentManager, made[0].orderId, made[0].position));
  const breach = await recordBreach(stor, kentManager, made[0].orderId, { occurredOn: '2026-11-20', locationForce: 'kent', description: 'Seen at a car wash', prohibitionIds });
  expectStatus(breach, 201);
  expectStatus(await list(`?position=${breach.body.position}`), 200);
});
afterAll(() => stopAndCheckEveryResponse(stor));

describe('the inbox list', () => {
  test('newest first, each alert not yet acknowledged', async () => {
    const response = await list('');
    expectStatus(response, 200);
    expect(response.body.alerts.map((alert: { kind: string }) => alert.kind)).toEqual(['breach-recorded', 'order-made', 'order-made', 'order-made']);
    expect(response.body.alerts.map((alert: { orderId: string }) => alert.orderId).slice(1)).toEqual([made[2].orderId, made[1].orderId, made[0].orderId]);
    expect(response.body.alerts[0]).toMatchObject({ acknowledged: false, acknowledgedAt: null, acknowledgedBy: null, raisedAt: '2026-11-23T09:00:00.000Z' });
    expect(response.body.next).toBeNull();
  });

  test('filtered by kind', async () => {
    const response = await list('?kind=breach-recorded');
    expect(response.body.alerts).toEqual([expect.objectContaining({ kind: 'breach-recorded', orderId: made[0].orderId })]);
    expect((await list('?kind=order-ended')).body.alerts).toEqual([]);
  });

  test('a page at a time: next leads to the older alerts, and the last page says there is no more', async () => {
    const first = await list('?limit=3');
    expect(first.body.alerts).toHaveLength(3);
    expect(first.body.next).toEqual(expect.any(String));
    const second = await list(`?limit=3&before=${encodeURIComponent(first.body.next)}`);
    expect(second.body.alerts.map((alert: { orderId: string }) => alert.orderId)).toEqual([made[0].orderId]);
    expect(second.body.next).toBeNull();
  });

  test('a kind, an acknowledged or a cursor the inbox does not know is a 400 naming the field', async () => {
    expectInvalid(await list('?kind=everything'), 'kind');
    expectInvalid(await list('?acknowledged=maybe'), 'acknowledged');
    expectInvalid(await list('?before=yesterday'), 'before');
    expectInvalid(await list('?limit=5000'), 'limit');
  });

  test('read by the force, its ROCU and national users; not by another force', async () => {
    expectStatus(await list('', easternRocu), 200);
    expectStatus(await list('', national), 200);
    expectProblem(await list('', sussexManager), 403);
  });
});

describe('acknowledging an alert', () => {
  test('records who and when; a second acknowledgement changes nothing', async () => {
    const [breach] = (await list('?kind=breach-recorded')).body.alerts;
    const first = await acknowledge(breach.alertId, kentOfficer);
    expectStatus(first, 200);
    expect(first.body).toMatchObject({
      alertId: breach.alertId,
      acknowledged: true,
      acknowledgedAt: '2026-11-23T09:00:00.000Z',
      acknowledgedBy: { name: 'PC Tom Reed', role: 'officer', force: 'kent' },
    });
    stor.clock.set(new Date('2026-11-23T09:30:00Z'));
    const again = await acknowledge(breach.alertId, kentManager);
    expectStatus(again, 200);
    expect(again.body).toEqual(first.body);
    stor.clock.set(new Date('2026-11-23T09:00:00Z'));

    expect((await list('?acknowledged=true')).body.alerts.map((alert: { alertId: string }) => alert.alertId)).toEqual([breach.alertId]);
    expect((await list('?acknowledged=false')).body.alerts).toHaveLength(3);
    expect((await list('?acknowledged=false&kind=breach-recorded')).body.alerts).toEqual([]);
  });

  test('a rebuild of every projection from the log keeps each acknowledgement, who and when', async () => {
    const before = (await list('?acknowledged=true')).body.alerts;
    expect(before).toHaveLength(1);
    await rebuildProjections(stor.get(DataSource), stor.get(EventStore), () => undefined);
    expect((await list('?acknowledged=true')).body.alerts).toEqual(before);
  });

  test('only by the force: another force, its ROCU and national users get 403', async () => {
    const [alert] = (await list('?kind=order-made&limit=1')).body.alerts;
    expectProblem(await acknowledge(alert.alertId, sussexManager), 403);
    expectProblem(await acknowledge(alert.alertId, easternRocu), 403);
    expectProblem(await acknowledge(alert.alertId, national), 403);
    expect((await list(`?acknowledged=true&kind=order-made`)).body.alerts).toEqual([]);
  });

  test('an alert the inbox does not hold is 404, even one in a neighbour’s inbox; a malformed id is 400', async () => {
    expectProblem(await acknowledge(randomUUID(), kentManager), 404);
    const sussexInbox = await stor.request('GET', '/api/forces/sussex/alerts', { token: sussexManager });
    const [sussexAlert] = sussexInbox.body.alerts;
    expect(sussexAlert).toBeDefined();
    expectProblem(await acknowledge(sussexAlert.alertId, kentManager), 404);
    expectInvalid(await acknowledge('not-an-id', kentManager), 'alertId');
    expectProblem(await acknowledge(randomUUID(), kentManager, 'atlantis'), 404);
  });
});

describe('the live stream', () => {
  test('sends each new alert as an event, then resumes after Last-Event-ID with only the missed ones', async () => {
    const live = await stream(kentOfficer);
    expect(live.response.status).toBe(200);
    expect(live.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const newOrder = await recordOrder(stor, kentManager, anOrder({ subject: { surname: 'Stan' } }));
    const [event] = await live.waitFor(1, 3_000);
    const alert = JSON.parse(event.data);
    expect(event.event).toBe('alert');
    expect(alert).toMatchObject({ kind: 'order-made', orderId: newOrder.orderId, acknowledged: false });
    expect(event.id).toBe(String(alert.position));
    live.close();

    const missed = [await recordOrder(stor, kentManager, anOrder({ subject: { surname: 'Dumitru' } })), await recordOrder(stor, kentManager, anOrder({ subject: { surname: 'Marin' } }))];
    expectStatus(await list(`?position=${missed[1].position}`), 200);
    const resumed = await stream(kentOfficer, { 'last-event-id': event.id ?? '' });
    const replayed = await resumed.waitFor(2, 3_000);
    expect(replayed.map((e) => JSON.parse(e.data).orderId)).toEqual(missed.map((m) => m.orderId));
    expect(Number(replayed[0].id)).toBeGreaterThan(Number(event.id));
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(resumed.events).toHaveLength(2);
    resumed.close();
  });

  test('who opened a stream is in the audit trail', async () => {
    const auditor = await stor.token({ role: 'auditor' });
    const trail = await stor.request('GET', `/api/audit?actor=${encodeURIComponent('test:PC Tom Reed')}`, { token: auditor });
    expect(trail.body.entries).toContainEqual(expect.objectContaining({ action: 'GET /api/forces/:code/alerts/stream', status: 200 }));
  });

  test('refused before streaming, as problem+json: no token, another force, an unknown force, a Last-Event-ID it never sent', async () => {
    const refusals = [
      await stor.request('GET', '/api/forces/kent/alerts/stream'),
      await stor.request('GET', '/api/forces/kent/alerts/stream', { token: sussexManager }),
      await stor.request('GET', '/api/forces/atlantis/alerts/stream', { token: national }),
      await stor.request('GET', '/api/forces/kent/alerts/stream', { token: kentOfficer, headers: { 'last-event-id': 'yesterday' } }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([401, 403, 404, 400]);
    for (const refusal of refusals) expect(refusal.contentType).toMatch(/^application\/problem\+json/);
  });

  test('beyond the streams one process serves at once: 503 problem+json, and a place again once one closes', async () => {
    const streams = stor.get(AlertStreams);
    const before = streams.limits.mostStreams;
    streams.limits.mostStreams = streams.openStreams + 2;
    try {
      const open = [await stream(national), await stream(easternRocu)];
      expect(open.map((s) => s.response.status)).toEqual([200, 200]);
      // Sent past stor.request, which counts any 5xx against the contract: this one is the contract.
      const refused = await fetch(`${stor.baseUrl}/api/forces/kent/alerts/stream`, { headers: { authorization: `Bearer ${kentOfficer}` } });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await refused.json()).toMatchObject({ status: 503, title: 'Service unavailable', detail: expect.stringContaining('alert streams') });
      expect(refused.headers.get('retry-after')).toBe('5');
      open[0].close();
      await waitUntil(() => streams.openStreams < streams.limits.mostStreams);
      const again = await stream(kentOfficer);
      expect(again.response.status).toBe(200);
      again.close();
      open[1].close();
    } finally {
      streams.limits.mostStreams = before;
    }
  });
});

describe('a stream kept open', () => {
  test('a comment now and then keeps an idle stream open through proxies', async () => {
    const streams = stor.get(AlertStreams);
    const before = streams.limits.heartbeatMs;
    streams.limits.heartbeatMs = 100;
    try {
      const idle = await stream(national);
      await waitUntil(() => idle.comments >= 2);
      expect(idle.events).toEqual([]);
      idle.close();
    } finally {
      streams.limits.heartbeatMs = before;
    }
  });
});

// Embedded PGlite is one process per data directory (decision 0006): two instances need the server.
(process.env.DATABASE_URL ? describe : describe.skip)('two API instances on one database', () => {
  // The projector leads in the first instance started; the other only serves. An alert reaches a
  // stream held on the other instance by LISTEN/NOTIFY, not by its fallback poll (2 s): within a
  // second of the command's 201, whichever instance took the command.
  test.each([
    ['the instance whose projector leads', 0],
    ['the instance that only serves', 1],
  ])('a stream held on one instance hears, within a second, of an order recorded through %s', async (_, writer) => {
    const database = await createTestDatabase();
    const instances = [await StorTestApp.start({ database }), await StorTestApp.start({ database })];
    const [one, two] = writer === 0 ? instances : [instances[1], instances[0]];
    try {
      const manager = await one.token({ role: 'order-manager', force: 'kent' });
      const officer = await two.token({ role: 'officer', force: 'kent' });
      const live = await EventStreamReader.open(`${two.baseUrl}/api/forces/kent/alerts/stream`, { authorization: `Bearer ${officer}` });
      // Its headers come once its poller has read where the inbox stands: from here on it is live.
      expect(live.response.status).toBe(200);
      const made = await recordOrder(one, manager, anOrder());
      const [event] = await live.waitFor(1, 1_000);
      expect(JSON.parse(event.data)).toMatchObject({ kind: 'order-made', orderId: made.orderId });
      live.close();
    } finally {
      for (const instance of instances.reverse()) await instance.stop();
      await database.drop();
    }
  });
});

async function waitUntil(condition: () => boolean, ms = 3_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
