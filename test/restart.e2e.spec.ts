import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  expectStatus,
  inbox,
  matchesFor,
  readOrder,
  recordBreach,
  recordOrder,
  stopAndCheckEveryResponse,
} from './support/stor-steps.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

// STOR is stopped and started again on the same database (embedded PGlite directory, or the
// PostgreSQL server database in DATABASE_URL): nothing recorded is lost, nothing is raised twice.
describe('STOR restarted on the same data', () => {
  let database: TestDatabase;
  let stor: StorTestApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await stopAndCheckEveryResponse(stor);
    await database.drop();
  });

  test('the order, its alerts and the check answer are still there, and a new write works (version 2)', async () => {
    const first = await StorTestApp.start({ database });
    stor = first;
    const kentManager = await first.token({ role: 'order-manager', force: 'kent' });
    const made = await recordOrder(first, kentManager, anOrder({ subject: { forenames: 'Restart', surname: 'Survivor', dateOfBirth: '1983-03-08' } }));
    const before = await readOrder(first, kentManager, made.orderId, made.position);
    const alertsBefore = await inbox(first, kentManager, 'kent', made.position);
    expect(alertsBefore.filter((a) => a.orderId === made.orderId)).toHaveLength(1);
    await first.stop();
    expect(first.contractBreaches()).toEqual([]);
    stor = undefined;

    const second = await StorTestApp.start({ database });
    stor = second;
    const national = await second.token({ role: 'national' });

    const after = await readOrder(second, national, made.orderId);
    expect(after).toEqual(before);

    const alertsAfter = await inbox(second, national, 'kent');
    expect(alertsAfter).toEqual(alertsBefore);

    const officer = await second.token({ role: 'officer', force: 'met' });
    const [match] = await matchesFor(second, officer, { name: 'Restart Survivor' });
    expect(match.activeOrders.map((o) => o.orderId)).toEqual([made.orderId]);

    const sussexManager = await second.token({ role: 'order-manager', force: 'sussex' });
    const breach = await recordBreach(second, sussexManager, made.orderId, { occurredOn: '2026-11-22', locationForce: 'sussex', prohibitionIds: [before.prohibitions[0].prohibitionId] });
    expectStatus(breach, 201);
    expect(breach.body.version).toBe(2);
    expect((await readOrder(second, national, made.orderId, breach.body.position)).version).toBe(2);
    const kentAlerts = await inbox(second, national, 'kent', breach.body.position);
    expect(kentAlerts.map((a) => a.kind)).toEqual(['breach-recorded', 'order-made']);
  });

  test("a webhook delivery still owed when STOR stops is sent after it starts again, once", async () => {
    const webhooks = { webhookAllowHttpLoopback: true, webhookRetryBaseMs: 50, webhookMaxAttempts: 50, webhookPollMs: 50 };
    // The force's system is down: every attempt is refused with a 503 until it comes back.
    const receiver = await WebhookReceiver.start('cumbria-receiver-secret', () => 503);
    // One STOR on the data at a time: the one the test before left running goes first.
    if (stor) {
      await stor.stop();
      expect(stor.contractBreaches()).toEqual([]);
      stor = undefined;
    }
    try {
      const first = await StorTestApp.start({ database, config: webhooks });
      stor = first;
      const manager = await first.token({ role: 'order-manager', force: 'cumbria' });
      expectStatus(await first.request('POST', '/api/forces/cumbria/webhooks', { token: manager, body: { url: receiver.url, secret: receiver.secret } }), 201);
      const made = await recordOrder(first, manager, anOrder({ owningForce: 'cumbria', subject: { surname: 'Owed' } }));
      const [alert] = (await inbox(first, manager, 'cumbria', made.position)).filter((a) => a.orderId === made.orderId);
      await receiver.until((received) => received.some((taken) => taken.alert.alertId === alert.alertId));
      await first.stop();
      stor = undefined;

      receiver.answer = () => 204;
      const second = await StorTestApp.start({ database, config: webhooks });
      stor = second;
      await receiver.until((received) => received.some((taken) => taken.alert.alertId === alert.alertId && taken.answered === 204));
      // Some time for a second, wrong, sending to show itself.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const taken = receiver.of(alert.alertId);
      expect(taken.filter((one) => one.answered === 204)).toHaveLength(1);
      expect(taken.every((one) => one.signed)).toBe(true);
    } finally {
      await receiver.close();
    }
  });
});
