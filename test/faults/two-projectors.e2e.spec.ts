import { ProjectorRole } from '../../apps/projector/src/index.js';
import { StorTestApp } from '../support/stor-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const order = (surname: string) => ({
  type: 'STRO',
  owningForce: 'kent',
  court: 'Medway Magistrates Court',
  madeOn: '2025-06-01',
  subject: { forenames: 'Test', surname, dateOfBirth: null },
  prohibitions: [{ text: 'Must not enter the premises listed in the schedule', until: null }],
});

// Several STOR instances share one PostgreSQL server; the embedded database is one process by
// construction (docs/decisions/0006), so there is nothing to elect there.
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer(`two STOR instances on one PostgreSQL database${process.env.DATABASE_URL ? '' : ' — skipped: needs DATABASE_URL (a server)'}`, () => {
  let database: TestDatabase;
  let first: StorTestApp;
  let second: StorTestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await StorTestApp.start({ database });
    second = await StorTestApp.start({ database });
  });
  afterAll(async () => {
    await second.stop();
    await first.stop().catch(() => undefined);
    await database.drop();
  });

  test('exactly one projector leads; when it goes, the other takes over and nothing written is lost', async () => {
    const leaders = [first, second].filter((app) => app.get(ProjectorRole).leading);
    expect(leaders).toHaveLength(1);
    expect(first.get(ProjectorRole).leading).toBe(true);

    // A write through the standby instance is projected by the leader (woken by NOTIFY).
    const kent = await second.token({ role: 'order-manager', force: 'kent' });
    const one = await second.request('POST', '/api/orders', { token: kent, body: order('One') });
    expect((await second.request('GET', `/api/orders/${one.body.orderId}?position=${one.body.position}`, { token: kent })).status).toBe(200);

    await first.stop();
    const deadline = Date.now() + 10_000;
    while (!second.get(ProjectorRole).leading && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second.get(ProjectorRole).leading).toBe(true);

    const two = await second.request('POST', '/api/orders', { token: kent, body: order('Two') });
    expect((await second.request('GET', `/api/orders/${two.body.orderId}?position=${two.body.position}`, { token: kent })).status).toBe(200);
  });
});
