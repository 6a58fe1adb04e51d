import { DataSource } from 'typeorm';
import { EventStore } from '#event-store';
import { StorTestApp } from '../../../../test/support/stor-app.js';
import { rebuildProjections, verifyProjections } from './rebuild-and-verify.js';

const order = (surname: string) => ({
  type: 'STPO',
  owningForce: 'kent',
  court: 'Maidstone Crown Court',
  madeOn: '2025-03-14',
  subject: { forenames: 'Jan', surname, dateOfBirth: '1980-05-02' },
  prohibitions: [{ text: 'Must not enter any car wash premises', until: '2030-03-14' }],
});

describe('rebuilding and verifying the projections', () => {
  let stor: StorTestApp;
  let db: DataSource;
  let store: EventStore;
  let kent: string;
  const said: string[] = [];
  const say = (line: string) => said.push(line);

  beforeAll(async () => {
    stor = await StorTestApp.start();
    db = stor.get(DataSource);
    store = stor.get(EventStore);
    kent = await stor.token({ role: 'order-manager', force: 'kent' });
    for (const surname of ['Kowalski', 'Nowak', 'Wójcik']) {
      const made = await stor.request('POST', '/api/orders', { token: kent, body: order(surname) });
      expect(made.status).toBe(201);
    }
    await stor.tickClock();
  });
  afterAll(async () => stor.stop());

  test('verify says the projections agree with the log', async () => {
    expect(await verifyProjections(db, store, say)).toBe(true);
  });

  test('verify finds a row changed behind the log’s back, and rebuild puts it right', async () => {
    await db.query(`UPDATE register_orders SET status = 'discharged' WHERE order_id = (SELECT order_id FROM register_orders LIMIT 1)`);
    await db.query(`DELETE FROM alerts WHERE alert_id = (SELECT alert_id FROM alerts LIMIT 1)`);
    said.length = 0;
    expect(await verifyProjections(db, store, say)).toBe(false);
    expect(said).toContain('register register_orders: 1 stored rows the log does not account for, 1 rows missing');
    expect(said).toContain('alerts-inbox alerts: 0 stored rows the log does not account for, 1 rows missing');

    await rebuildProjections(db, store, say);
    expect(await verifyProjections(db, store, say)).toBe(true);
  });

  test('a rebuild while the projector runs loses nothing written after it', async () => {
    await rebuildProjections(db, store, say);
    const made = await stor.request('POST', '/api/orders', { token: kent, body: order('Kamiński') });
    const read = await stor.request('GET', `/api/orders/${made.body.orderId}?position=${made.body.position}`, { token: kent });
    expect(read.status).toBe(200);
    await stor.tickClock();
    expect(await verifyProjections(db, store, say)).toBe(true);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM register_orders`);
    expect(count).toBe(4);
  });

  test('a check after a rebuild answers from the rebuilt register, not from the name index it held before', async () => {
    const officer = await stor.token({ role: 'officer', force: 'kent' });
    const check = async () => (await stor.request('GET', '/api/subjects/check?name=Jan%20Nowak', { token: officer })).body.matches.map((m: { surname: string }) => m.surname);
    await db.query(`UPDATE register_subjects SET has_orders = false WHERE surname = 'Nowak'`);
    expect(await check()).toEqual([]);

    await rebuildProjections(db, store, say);
    expect(await check()).toEqual(['Nowak']);
  });

  test('the rebuilt tables keep the names of their keys and indexes', async () => {
    const indexes: { indexname: string }[] = await db.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'register_orders' ORDER BY indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(
      expect.arrayContaining(['register_orders_pkey', 'register_orders_by_subject_in_force', 'register_orders_by_notification_due']),
    );
    const [fk] = await db.query(`SELECT count(*)::int AS count FROM pg_constraint WHERE conrelid = 'public.register_subject_names'::regclass AND contype = 'f'`);
    expect(fk.count).toBe(1);
    const leftovers = await db.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`);
    expect(leftovers).toEqual([]);
  });
});
