import { StorTestApp } from './support/stor-app.js';

describe('smoke: record an order and see it', () => {
  let stor: StorTestApp;
  beforeAll(async () => {
    stor = await StorTestApp.start();
  });
  afterAll(async () => stor.stop());

  test('an order made by Kent is readable by an officer of the Met', async () => {
    const kent = await stor.token({ role: 'order-manager', force: 'kent' });
    const made = await stor.request('POST', '/api/orders', {
      token: kent,
      body: {
        type: 'STPO',
        owningForce: 'kent',
        court: 'Maidstone Crown Court',
        madeOn: '2025-03-14',
        subject: { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [], pncId: null },
        prohibitions: [{ text: 'Must not enter any car wash premises', until: '2030-03-14' }],
      },
    });
    expect(made.status).toBe(201);
    const officer = await stor.token({ role: 'officer', force: 'met' });
    const order = await stor.request('GET', `/api/orders/${made.body.orderId}?position=${made.body.position}`, { token: officer });
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({ status: 'active', owningForce: 'kent', version: 1 });
  });
});
