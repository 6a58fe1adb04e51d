import { StorProcess } from '../support/stor-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The process is killed with SIGKILL while order managers are writing. Every order that was
 * acknowledged (201) must be there after a restart, and the projections must catch up with the log.
 */
describe('STOR killed in the middle of writes', () => {
  let database: TestDatabase;
  let stor: StorProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    stor = new StorProcess(database, 3_600 + Math.floor(Math.random() * 300));
  });
  afterAll(async () => {
    await stor.kill('SIGTERM');
    await database.drop();
  });

  test('no acknowledged order is lost and the register agrees with the log', async () => {
    await stor.start();
    const token = stor.token('order-manager', 'kent');
    const acknowledged: { orderId: string; position: number }[] = [];
    const refusals: number[] = [];
    const deadline = Date.now() + 60_000;
    let writing = true;
    let n = 0;
    // Bounded in count and time: the writers stop by themselves whatever happens to the server.
    const writer = async () => {
      while (writing && n < 2_000 && Date.now() < deadline) {
        const response = await fetch(`${stor.baseUrl}/api/orders`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'STRO',
            owningForce: 'kent',
            court: 'Medway Magistrates Court',
            madeOn: '2025-06-01',
            subject: { forenames: 'Test', surname: `Subject ${n++}`, dateOfBirth: null },
            prohibitions: [{ text: 'Must not enter the premises listed in the schedule', until: null }],
          }),
        }).catch(() => null);
        if (response?.status === 201) acknowledged.push((await response.json()) as { orderId: string; position: number });
        else if (response) refusals.push(response.status);
        else await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    while (acknowledged.length < 40 && Date.now() < deadline && refusals.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await stor.kill('SIGKILL');
    writing = false;
    await Promise.all(writers);
    expect(refusals).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    await stor.start();
    const officer = stor.token('officer', 'met');
    const last = Math.max(...acknowledged.map((a) => a.position));
    for (const { orderId } of acknowledged) {
      const response = await fetch(`${stor.baseUrl}/api/orders/${orderId}?position=${last}`, { headers: { authorization: `Bearer ${officer}` } });
      expect(response.status).toBe(200);
    }
    const health = (await (await fetch(`${stor.baseUrl}/health`)).json()) as { projections: { lagEvents: number }[] };
    for (const projection of health.projections) expect(projection.lagEvents).toBe(0);
  });
});
