import type { DataSource } from 'typeorm';
import { EVENT_LOG_MIGRATIONS } from '#event-store';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { RegisterCheckReads1764700000000 } from './register-check-reads.migration.js';
import { RegisterHeldNameIndex1765000000200 } from './register-held-name-index.migration.js';
import { RegisterIdentityAndNameIndex1764600000000 } from './register-identity.migration.js';
import { RegisterLeanNameIndex1765000000000 } from './register-lean-name-index.migration.js';
import { CreateRegister1763870000200 } from './register.migration.js';
import { RegisterNotificationsAndCrossBorder1763870000400 } from './register-notifications.migration.js';
import { RegisterStatistics1765000000300 } from './register-statistics.migration.js';

const BEFORE = [
  ...EVENT_LOG_MIGRATIONS,
  CreateRegister1763870000200,
  RegisterNotificationsAndCrossBorder1763870000400,
  RegisterIdentityAndNameIndex1764600000000,
  RegisterCheckReads1764700000000,
  RegisterLeanNameIndex1765000000000,
  RegisterHeldNameIndex1765000000200,
];
const SUBJECT = '5d1c0a9e-8f3b-4c2d-9e7f-1a2b3c4d5e6f';

describe('a register made before the national figures, migrated', () => {
  let testDb: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const old = await openDatabase(testDb, { migrations: BEFORE });
    await old.query(`INSERT INTO register_subjects (subject_id, forenames, surname) VALUES ($1, 'Jan', 'Kowalski')`, [SUBJECT]);
    const row = (orderId: string, owningForce: string, state: object) =>
      old.query(
        `INSERT INTO register_orders (order_id, subject_id, order_type, status, owning_force, made_on, forces, version, position, state, cross_border)
         VALUES ($1, $2, 'STPO', 'active', $3, '2025-01-01', ARRAY[$3], 1, 1, $4::jsonb, false)`,
        [orderId, SUBJECT, owningForce, JSON.stringify(state)],
      );
    await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01', 'sussex', { transfers: [{ fromForce: 'kent', toForce: 'sussex' }], breaches: [{ breachId: 'b-1' }, { breachId: 'b-2' }] });
    await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c02', 'kent', { transfers: [], breaches: [] });
    await old.destroy();
    db = await openDatabase(testDb, { migrations: [...BEFORE, RegisterStatistics1765000000300] });
  }, 60_000);
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  test('each order row says who obtained it (its first owner, before any transfer) and how many breaches it has', async () => {
    expect(await db.query(`SELECT owning_force, obtained_by, breaches_recorded FROM register_orders ORDER BY order_id`)).toEqual([
      { owning_force: 'sussex', obtained_by: 'kent', breaches_recorded: 2 },
      { owning_force: 'kent', obtained_by: 'kent', breaches_recorded: 0 },
    ]);
  });
});
