import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { RegisterStatistics1765000000300 } from './register-statistics.migration.js';
import { migratedRegister, OLD_SUBJECT } from './testing/migrated-register.js';

describe('a register made before the national figures, migrated', () => {
  let testDb: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await migratedRegister(testDb, RegisterStatistics1765000000300, async (old) => {
      const row = (orderId: string, owningForce: string, state: object) =>
        old.query(
          `INSERT INTO register_orders (order_id, subject_id, order_type, status, owning_force, made_on, forces, version, position, state, cross_border)
           VALUES ($1, $2, 'STPO', 'active', $3, '2025-01-01', ARRAY[$3], 1, 1, $4::jsonb, false)`,
          [orderId, OLD_SUBJECT, owningForce, JSON.stringify(state)],
        );
      await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01', 'sussex', { transfers: [{ fromForce: 'kent', toForce: 'sussex' }], breaches: [{ breachId: 'b-1' }, { breachId: 'b-2' }] });
      await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c02', 'kent', { transfers: [], breaches: [] });
    });
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
