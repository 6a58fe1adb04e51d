import { createServer } from 'node:net';
import { StorTestApp } from '../support/stor-app.js';
import { anOrder } from '../support/stor-steps.js';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const order = anOrder({ subject: { forenames: 'Test', surname: 'Unreached', dateOfBirth: null } });

/**
 * STOR configured with KurrentDB as its log (the real client) while no server answers: the read
 * models in PostgreSQL still serve, commands are refused as 503 with Retry-After, never a 500, and
 * the operators' endpoints say which part is out of reach.
 */
describe('the log out of reach (EVENT_STORE=eventstoredb, nothing listening)', () => {
  let stor: StorTestApp;

  beforeAll(async () => {
    const port = await closedPort();
    stor = await StorTestApp.start({ config: { eventStore: 'eventstoredb', eventStoreUrl: `kurrentdb://127.0.0.1:${port}?tls=false` } });
  });
  afterAll(async () => stor.stop());

  test('a command is refused: 503, Retry-After, a problem document saying a retry with the same Idempotency-Key is safe', async () => {
    const kent = await stor.token({ role: 'order-manager', force: 'kent' });
    const refused = await stor.request('POST', '/api/orders', { token: kent, body: order, headers: { 'idempotency-key': 'out-of-reach-1' } });
    expect(refused.status).toBe(503);
    expect(refused.contentType).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.body).toMatchObject({ status: 503, title: 'Service unavailable' });
    expect(refused.body.detail).toMatch(/Idempotency-Key/);
  });

  test('a roadside check still answers from the register', async () => {
    const officer = await stor.token({ role: 'officer', force: 'kent' });
    const check = await stor.request('GET', '/api/subjects/check?name=test%20unreached', { token: officer });
    expect(check.status).toBe(200);
    expect(check.body.matches).toEqual([]);
  });

  test('/health answers 503 and names the log as the part out of reach', async () => {
    const health = await stor.request('GET', '/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', database: 'reachable', log: 'unreachable' });
  });

  test('/metrics still scrapes, with stor_up 0 for the log and 1 for the database', async () => {
    const metrics = await stor.request('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/^stor_up\{dependency="log"\} 0$/m);
    expect(metrics.body).toMatch(/^stor_up\{dependency="database"\} 1$/m);
    expect(metrics.body).toMatch(/^stor_process_cpu_seconds_total/m);
  });
});
