import { StorTestApp } from './support/stor-app.js';

describe('operating STOR: health and metrics', () => {
  let stor: StorTestApp;
  beforeAll(async () => {
    stor = await StorTestApp.start();
  });
  afterAll(async () => stor.stop());

  test('/metrics speaks Prometheus: requests by route pattern, projection lag, no personal data', async () => {
    const officer = await stor.token({ role: 'officer', force: 'met' });
    const kent = await stor.token({ role: 'order-manager', force: 'kent' });
    const made = await stor.request('POST', '/api/orders', {
      token: kent,
      body: {
        type: 'STRO',
        owningForce: 'kent',
        court: 'Medway Magistrates Court',
        madeOn: '2025-06-01',
        subject: { forenames: 'Zbigniew', surname: 'Brzęczyszczykiewicz', dateOfBirth: null },
        prohibitions: [{ text: 'Must not enter the premises listed in the schedule', until: null }],
      },
    });
    await stor.request('GET', `/api/orders/${made.body.orderId}?position=${made.body.position}`, { token: officer });
    await stor.request('GET', '/api/subjects/check?name=Brzeczyszczykiewicz', { token: officer });

    const response = await fetch(`${stor.baseUrl}/metrics`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/stor_http_requests_total\{method="GET",route="\/api\/subjects\/check",status="200"\} 1/);
    expect(text).toMatch(/stor_http_requests_total\{method="POST",route="\/api\/orders",status="201"\} 1/);
    expect(text).toMatch(/stor_projection_lag_events\{projection="register"\} 0/);
    expect(text).toMatch(/stor_projection_lag_seconds\{projection="alerts-inbox"\} 0/);
    expect(text).toContain('stor_process_cpu_seconds_total');
    expect(text).not.toMatch(/Brz/i);
    expect(text).not.toContain(made.body.orderId);
  });

  test('/health reports each projection with its lag in events and seconds', async () => {
    const health = await stor.request('GET', '/health');
    expect(health.status).toBe(200);
    const register = health.body.projections.find((p: { projection: string }) => p.projection === 'register');
    expect(register).toMatchObject({ lagEvents: 0, lagSeconds: 0, lagCapped: false });
  });
});
