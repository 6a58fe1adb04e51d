import type { DataSource } from 'typeorm';
import { EVENT_LOG_MIGRATIONS } from '#event-store';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { CreateAlertsInbox1763870000300 } from './alerts-inbox.migration.js';
import { AlertsKeyedByEvent1765000000100 } from './alerts-keyed-by-event.migration.js';
import { AlertsSayWhatRaisedThem1765200000100 } from './alerts-say-what-raised-them.migration.js';

const BEFORE = [...EVENT_LOG_MIGRATIONS, CreateAlertsInbox1763870000300, AlertsKeyedByEvent1765000000100];
const ORDER = '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01';
const SUBJECT = '5d1c0a9e-8f3b-4c2d-9e7f-1a2b3c4d5e6f';
const MADE = '7a1e0c9f-0000-4000-8000-000000000001';
const MOVED = '7a1e0c9f-0000-4000-8000-000000000002';
const MOVED_AGAIN = '7a1e0c9f-0000-4000-8000-000000000003';
// An order whose events are not in this log (an EventStoreDB log keeps them elsewhere).
const ELSEWHERE = '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c02';

// given an inbox and a PostgreSQL log from before alerts named their subject and event, when migrated,
// then the rows already there say what the log can tell.
describe('an alerts inbox made before alerts said what raised them, migrated', () => {
  let testDb: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const old = await openDatabase(testDb, { migrations: BEFORE });
    const event = (eventId: string, version: number, type: string, data: object) =>
      old.query(`INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata) VALUES ($1, $2, $3, $4, $5::jsonb, '{}'::jsonb) RETURNING global_position`, [
        eventId,
        `order-${ORDER}`,
        version,
        type,
        JSON.stringify(data),
      ]);
    const [{ global_position: madeAt }] = await event(MADE, 1, 'OrderMade', { orderId: ORDER, owningForce: 'kent', subject: { subjectId: SUBJECT } });
    const [{ global_position: movedAt }] = await event(MOVED, 2, 'NotificationReceived', { orderId: ORDER, address: { force: 'sussex' } });
    await event(MOVED_AGAIN, 3, 'NotificationReceived', { orderId: ORDER, address: { force: 'surrey' } });
    const alert = (n: number, orderId: string, force: string, kind: string, position: number) =>
      old.query(
        `INSERT INTO alerts (alert_id, force, kind, order_id, breach_id, raised_at, reason, why, position)
         VALUES ($1, $2, $3, $4, NULL, '2026-11-23T09:00:00Z', 'A reason.', 'owning-force', $5)`,
        [`9c0d0000-0000-4000-8000-00000000000${n}`, force, kind, orderId, position],
      );
    await alert(1, ORDER, 'kent', 'order-made', Number(madeAt));
    await alert(2, ORDER, 'met', 'order-made', Number(madeAt));
    await alert(3, ORDER, 'sussex', 'subject-moved', Number(movedAt));
    await alert(4, ELSEWHERE, 'psni', 'order-made', 99_999);
    await old.query(`INSERT INTO alert_orders (order_id, order_type, owning_force) VALUES ($1, 'STPO', 'kent'), ($2, 'NI_STPO', 'psni')`, [ORDER, ELSEWHERE]);
    await old.destroy();
    db = await openDatabase(testDb, { migrations: [...BEFORE, AlertsSayWhatRaisedThem1765200000100] });
  }, 60_000);
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  test('each alert names its subject and the event at its position; one whose event the log does not hold names none', async () => {
    expect(await db.query(`SELECT force, subject_id::text, event_id::text, event_type FROM alerts ORDER BY alert_id`)).toEqual([
      { force: 'kent', subject_id: SUBJECT, event_id: MADE, event_type: 'OrderMade' },
      { force: 'met', subject_id: SUBJECT, event_id: MADE, event_type: 'OrderMade' },
      { force: 'sussex', subject_id: SUBJECT, event_id: MOVED, event_type: 'NotificationReceived' },
      { force: 'psni', subject_id: null, event_id: null, event_type: null },
    ]);
  });

  test('each order’s routing keeps its subject, the last notified address’s force, and the forces its alerts went to', async () => {
    expect(await db.query(`SELECT order_id::text, subject_id::text, address_force, alerted FROM alert_orders ORDER BY order_id`)).toEqual([
      { order_id: ORDER, subject_id: SUBJECT, address_force: 'surrey', alerted: ['kent', 'met', 'sussex'] },
      { order_id: ELSEWHERE, subject_id: null, address_force: null, alerted: ['psni'] },
    ]);
  });
});
