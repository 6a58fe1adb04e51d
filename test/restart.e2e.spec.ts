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
});
