import { DataSource } from 'typeorm';
import { AlertsInboxProjection } from '#alerts';
import { EventStore, ProjectionRunner } from '#event-store';
import { StorTestApp } from './support/stor-app.js';
import { anOrder, expectStatus, recordBreach, recordOrder, stopAndCheckEveryResponse, prohibitionIdsOf, readOrder } from './support/stor-steps.js';
import { pause, WebhookReceiver } from './support/webhook-receiver.js';

// Exactly once per (event, force), in the inbox and in the webhook outbox, however many projectors
// apply the log at once: a second one racing the first on the same checkpoint (a leader that has
// not yet noticed it lost its lease), and one replaying the whole log from the start beside it.
const WEBHOOKS = { webhookAllowHttpLoopback: true, webhookAllowPrivate: false, webhookRetryBaseMs: 50, webhookMaxAttempts: 4, webhookPollMs: 50 };

let stor: StorTestApp;
let receiver: WebhookReceiver;
const racing: ProjectionRunner[] = [];

beforeAll(async () => {
  stor = await StorTestApp.start({ config: WEBHOOKS });
  receiver = await WebhookReceiver.start('surrey-receiver-secret-01');
  const manager = await stor.token({ role: 'order-manager', force: 'surrey' });
  expectStatus(await stor.request('POST', '/api/forces/surrey/webhooks', { token: manager, body: { url: receiver.url, secret: receiver.secret } }), 201);
});
afterAll(async () => {
  for (const runner of racing) await runner.stop();
  await receiver.close();
  await stopAndCheckEveryResponse(stor);
});

/** Another projector of the inbox in this process, on the same database and log. */
async function anotherProjector(checkpointName: string): Promise<ProjectionRunner> {
  const inbox = stor.get(AlertsInboxProjection);
  const projection = { name: checkpointName, tables: inbox.tables, apply: inbox.apply.bind(inbox), applyBatch: inbox.applyBatch.bind(inbox) };
  const runner = new ProjectionRunner(stor.get(EventStore), stor.get(DataSource), [projection], { batchSize: 7, pollMs: 20, onError: () => undefined });
  racing.push(runner);
  await runner.start();
  return runner;
}

/** Orders for Surrey, with a breach recorded in Sussex on each: alerts for Surrey and its neighbours. */
async function busyMorning(count: number): Promise<void> {
  const surrey = await stor.token({ role: 'order-manager', force: 'surrey' });
  const sussex = await stor.token({ role: 'order-manager', force: 'sussex' });
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const made = await recordOrder(stor, surrey, anOrder({ owningForce: 'surrey', subject: { surname: `Racer${i}` } }));
      const prohibitionIds = prohibitionIdsOf(await readOrder(stor, surrey, made.orderId, made.position));
      expectStatus(await recordBreach(stor, sussex, made.orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', description: 'Seen at a car wash', prohibitionIds }), 201);
    }),
  );
}

/**
 * A runner that loses a race to the checkpoint is refused it (CheckpointMoved) — that refusal is the
 * point — and reads the checkpoint again; so try again until it has caught up without losing.
 */
async function caughtUp(runner: ProjectionRunner): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      await runner.catchUp();
      return;
    } catch (error) {
      if (tries === 20) throw error;
    }
  }
}

async function duplicates(): Promise<{ alerts: number; outbox: number; posted: number }> {
  const db = stor.get(DataSource);
  const [alerts] = await db.query(`SELECT count(*)::int - count(DISTINCT alert_id)::int AS n FROM alerts`);
  const [outbox] = await db.query(`SELECT count(*)::int - count(DISTINCT (alert_id, webhook_id))::int AS n FROM webhook_deliveries`);
  const ids = receiver.received.filter((taken) => taken.answered < 300).map((taken) => taken.alert.alertId);
  return { alerts: alerts.n, outbox: outbox.n, posted: ids.length - new Set(ids).size };
}

async function settled(): Promise<number> {
  const db = stor.get(DataSource);
  for (const runner of [...racing, stor.get(ProjectionRunner)]) await caughtUp(runner);
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM webhook_deliveries`);
  await receiver.until((received) => new Set(received.filter((taken) => taken.answered < 300).map((taken) => taken.alert.alertId)).size >= n);
  return n;
}

test('a second projector racing the first on the same checkpoint raises no alert twice and sends none twice', async () => {
  await anotherProjector('alerts-inbox');
  await busyMorning(12);
  const deliveries = await settled();
  // 12 orders and 12 breaches, each alerting Surrey: at least 24 deliveries to its receiver.
  expect(deliveries).toBeGreaterThanOrEqual(24);
  await pause(200);
  expect(await duplicates()).toEqual({ alerts: 0, outbox: 0, posted: 0 });
});

test('a projector replaying the whole log beside the live one (a lost checkpoint) adds nothing to the inbox or the outbox', async () => {
  const db = stor.get(DataSource);
  const [before] = await db.query(`SELECT (SELECT count(*) FROM alerts)::int AS alerts, (SELECT count(*) FROM webhook_deliveries)::int AS outbox`);
  const postedBefore = receiver.received.length;
  const replaying = await anotherProjector('alerts-inbox-replayed-from-the-start');
  await caughtUp(replaying);
  await pause(300);
  const [after] = await db.query(`SELECT (SELECT count(*) FROM alerts)::int AS alerts, (SELECT count(*) FROM webhook_deliveries)::int AS outbox`);
  expect(after).toEqual(before);
  expect(receiver.received.length).toBe(postedBefore);
  expect(await duplicates()).toEqual({ alerts: 0, outbox: 0, posted: 0 });
});
