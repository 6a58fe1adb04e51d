import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { RegisterExpiryWarnings1765200000200 } from './register-expiry-warnings.migration.js';
import { migratedRegister, OLD_SUBJECT } from './testing/migrated-register.js';

describe('a register made before expiry warnings, migrated', () => {
  let testDb: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await migratedRegister(testDb, RegisterExpiryWarnings1765200000200, async (old) => {
      const row = (orderId: string, status: string, inForceUntil: string | null) =>
        old.query(
          `INSERT INTO register_orders (order_id, subject_id, order_type, status, owning_force, made_on, forces, version, position, state, cross_border, in_force_until, obtained_by)
           VALUES ($1, $2, 'STPO', $3, 'kent', '2025-01-01', ARRAY['kent'], 1, 1, '{}'::jsonb, false, $4::date, 'kent')`,
          [orderId, OLD_SUBJECT, status, inForceUntil],
        );
      await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01', 'active', '2026-12-01');
      await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c02', 'active', 'infinity');
      await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c03', 'expired', null);
    });
  }, 60_000);
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  test('no order has been warned yet: each that ends by its own dates is due a warning of its last day; until further order and ended ones are not', async () => {
    const rows: { last_day_to_warn: string | null }[] = await db.query(
      `SELECT to_char(last_day_to_warn, 'YYYY-MM-DD') AS last_day_to_warn FROM register_orders ORDER BY order_id`,
    );
    expect(rows.map((row) => row.last_day_to_warn)).toEqual(['2026-12-01', null, null]);
  });
});
