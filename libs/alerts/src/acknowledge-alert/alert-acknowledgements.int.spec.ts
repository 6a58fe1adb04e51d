import type { DataSource } from 'typeorm';
import { EVENT_LOG_MIGRATIONS } from '#event-store';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { GetAlertsHandler } from '../get-alerts/get-alerts.handler.js';
import { GetAlertsQuery } from '../get-alerts/get-alerts.query.js';
import { CreateAlertsInbox1763870000300 } from '../inbox/alerts-inbox.migration.js';
import { AlertsKeyedByEvent1765000000100 } from '../inbox/alerts-keyed-by-event.migration.js';
import { AlertsSayWhatRaisedThem1765200000100 } from '../inbox/alerts-say-what-raised-them.migration.js';
import { AcknowledgeAlertCommand } from './acknowledge-alert.command.js';
import { AcknowledgeAlertHandler } from './acknowledge-alert.handler.js';
import { AlertAcknowledgements1765100000100 } from './alert-acknowledgements.migration.js';

const BEFORE = [...EVENT_LOG_MIGRATIONS, CreateAlertsInbox1763870000300, AlertsKeyedByEvent1765000000100];
const ALERT = '6f1c0a9e-8f3b-4c2d-9e7f-1a2b3c4d5e61';
const ORDER = '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01';
const MANAGER = { userId: 'u-1', name: 'DS Jo Bloggs', role: 'order-manager', force: 'kent' };

describe('acknowledgements, kept beside an inbox that is rebuilt', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  const raise = () =>
    db.query(
      `INSERT INTO alerts (alert_id, force, kind, order_id, breach_id, raised_at, reason, why, position)
       VALUES ($1, 'kent', 'order-made', $2, NULL, '2026-11-23T09:00:00Z', 'New order made.', 'owning-force', 7)`,
      [ALERT, ORDER],
    );

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const old = await openDatabase(testDb, { migrations: BEFORE });
    await old.destroy();
    // The inbox as it reads now: with the columns that say what raised an alert.
    db = await openDatabase(testDb, { migrations: [...BEFORE, AlertAcknowledgements1765100000100, AlertsSayWhatRaisedThem1765200000100] });
    await raise();
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });

  test('the first acknowledgement is kept; a second changes nothing; another force finds no such alert', async () => {
    const acknowledge = new AcknowledgeAlertHandler(db);
    const first = await acknowledge.execute(new AcknowledgeAlertCommand('kent', ALERT, MANAGER, new Date('2026-11-23T09:05:00Z')));
    expect(first).toMatchObject({ alertId: ALERT, acknowledged: true, acknowledgedAt: '2026-11-23T09:05:00.000Z', acknowledgedBy: { name: 'DS Jo Bloggs', role: 'order-manager', force: 'kent' } });
    const again = await acknowledge.execute(new AcknowledgeAlertCommand('kent', ALERT, { ...MANAGER, name: 'PC Other' }, new Date('2026-11-23T10:00:00Z')));
    expect(again).toEqual(first);
    expect(await acknowledge.execute(new AcknowledgeAlertCommand('sussex', ALERT, MANAGER, new Date()))).toBeNull();
  });

  test('the inbox emptied and projected again (a rebuild) shows the alert still acknowledged', async () => {
    await db.query(`DELETE FROM alerts`);
    await raise();
    const page = await new GetAlertsHandler(db).execute(new GetAlertsQuery('kent', 10, { kind: null, acknowledged: true }));
    expect(page.alerts.map((alert) => [alert.alertId, alert.acknowledgedBy?.name])).toEqual([[ALERT, 'DS Jo Bloggs']]);
    expect((await new GetAlertsHandler(db).execute(new GetAlertsQuery('kent', 10, { kind: null, acknowledged: false }))).alerts).toEqual([]);
  });
});
