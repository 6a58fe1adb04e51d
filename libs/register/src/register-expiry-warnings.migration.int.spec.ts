import type { DataSource } from 'typeorm';
import { EVENT_LOG_MIGRATIONS } from '#event-store';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { RegisterCheckReads1764700000000 } from './register-check-reads.migration.js';
import { RegisterExpiryWarnings1765200000200 } from './register-expiry-warnings.migration.js';
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
  RegisterStatistics1765000000300,
];
const SUBJECT = '5d1c0a9e-8f3b-4c2d-9e7f-1a2b3c4d5e6f';

describe('a register made before expiry warnings, migrated', () => {
  let testDb: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const old = await openDatabase(testDb, { migrations: BEFORE });
    await old.query(`INSERT INTO register_subjects (subject_id, forenames, surname) VALUES ($1, 'Jan', 'Kowalski')`, [SUBJECT]);
    const row = (orderId: string, status: string, inForceUntil: string | null) =>
      old.query(
        `INSERT INTO register_orders (order_id, subject_id, order_type, status, owning_force, made_on, forces, version, position, state, cross_border, in_force_until, obtained_by)
         VALUES ($1, $2, 'STPO', $3, 'kent', '2025-01-01', ARRAY['kent'], 1, 1, '{}'::jsonb, false, $4::date, 'kent')`,
        [orderId, SUBJECT, status, inForceUntil],
      );
    await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01', 'active', '2026-12-01');
    await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c02', 'active', 'infinity');
    await row('0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c03', 'expired', null);
    await old.destroy();
    db = await openDatabase(testDb, { migrations: [...BEFORE, RegisterExpiryWarnings1765200000200] });
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
