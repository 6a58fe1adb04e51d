import { StorTestApp } from '../support/stor-app.js';
import { anOrder } from '../support/stor-steps.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const order = (surname: string) => anOrder({ subject: { forenames: 'Test', surname, dateOfBirth: null } });

const eventually = async <T>(attempt: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms;
  let value = await attempt();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await attempt();
  }
  return value;
};

// Cutting a connection needs a server at the other end of one; embedded PGlite lives in the process.
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

/**
 * The PostgreSQL server goes out of reach under a running STOR (every connection dropped, new ones
 * refused) and comes back: requests meanwhile get 503s, never 500s; afterwards STOR serves again by
 * itself, the projector takes the lead again, and a command retried with its Idempotency-Key is
 * recorded once.
 */
onServer(`the database cut off and back${process.env.DATABASE_URL ? '' : ' — skipped: needs DATABASE_URL (a server)'}`, () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let stor: StorTestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    const url = new URL(database.databaseUrl!);
    proxy = await TcpProxy.to(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    stor = await StorTestApp.start({ database: { ...database, databaseUrl: url.toString() } });
  });
  afterAll(async () => {
    proxy.restore();
    await stor.stop();
    await proxy.close();
    await database.drop();
  });

  test('503s while it is gone; afterwards the same command lands once and the register catches up', async () => {
    const kent = await stor.token({ role: 'order-manager', force: 'kent' });
    const officer = await stor.token({ role: 'officer', force: 'kent' });
    const before = await stor.request('POST', '/api/orders', { token: kent, body: order('Before') });
    expect(before.status).toBe(201);

    proxy.cut();
    const retryKey = 'cut-off-order-1';
    const refused = await stor.request('POST', '/api/orders', { token: kent, body: order('During'), headers: { 'idempotency-key': retryKey } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    const check = await stor.request('GET', '/api/subjects/check?name=test%20before', { token: officer });
    expect(check.status).toBe(503);
    const health = await stor.request('GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', database: 'unreachable', log: 'unreachable' });

    proxy.restore();
    const healthy = await eventually(() => stor.request('GET', '/health'), (response) => response.status === 200);
    expect(healthy.body).toMatchObject({ status: 'ok', database: 'reachable', log: 'reachable' });
    const landed = await eventually(
      () => stor.request('POST', '/api/orders', { token: kent, body: order('During'), headers: { 'idempotency-key': retryKey } }),
      (response) => response.status !== 503,
    );
    expect(landed.status).toBe(201);
    const again = await stor.request('POST', '/api/orders', { token: kent, body: order('During'), headers: { 'idempotency-key': retryKey } });
    expect(again.body.orderId).toBe(landed.body.orderId);

    // The projector lost its lock with the connection; it leads again and the register has both orders.
    const projected = await eventually(
      () => stor.request('GET', `/api/orders/${landed.body.orderId}?position=${landed.body.position}`, { token: kent }),
      (response) => response.status === 200,
    );
    expect(projected.status).toBe(200);
    const found = await stor.request('GET', '/api/subjects/check?name=test%20during', { token: officer });
    expect(found.body.matches).toHaveLength(1);
    const history = await stor.request('GET', `/api/orders/${landed.body.orderId}/history`, { token: kent });
    expect(history.body.events.filter((event: { type: string }) => event.type === 'OrderMade')).toHaveLength(1);
    const earlier = await stor.request('GET', `/api/subjects/check?name=test%20before`, { token: officer });
    expect(earlier.body.matches).toHaveLength(1);
    expect(stor.exchanges.filter((exchange) => exchange.status >= 500 && exchange.status !== 503)).toEqual([]);
  });
});
