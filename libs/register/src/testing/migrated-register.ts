import type { DataSource } from 'typeorm';
import { EVENT_LOG_MIGRATIONS } from '#event-store';
import { openDatabase, type StorConfig } from '#platform';
import { RegisterCheckReads1764700000000 } from '../register-check-reads.migration.js';
import { RegisterExpiryWarnings1765200000200 } from '../register-expiry-warnings.migration.js';
import { RegisterHeldNameIndex1765000000200 } from '../register-held-name-index.migration.js';
import { RegisterIdentityAndNameIndex1764600000000 } from '../register-identity.migration.js';
import { RegisterLeanNameIndex1765000000000 } from '../register-lean-name-index.migration.js';
import { CreateRegister1763870000200 } from '../register.migration.js';
import { RegisterNotificationsAndCrossBorder1763870000400 } from '../register-notifications.migration.js';
import { RegisterStatistics1765000000300 } from '../register-statistics.migration.js';

/** The register's migrations in the order they run (the event log's first, as in the CLI's MIGRATIONS). */
const REGISTER_MIGRATIONS = [
  ...EVENT_LOG_MIGRATIONS,
  CreateRegister1763870000200,
  RegisterNotificationsAndCrossBorder1763870000400,
  RegisterIdentityAndNameIndex1764600000000,
  RegisterCheckReads1764700000000,
  RegisterLeanNameIndex1765000000000,
  RegisterHeldNameIndex1765000000200,
  RegisterStatistics1765000000300,
  RegisterExpiryWarnings1765200000200,
];

/** The subject every old row of a migration spec belongs to, already in the old register. */
export const OLD_SUBJECT = '5d1c0a9e-8f3b-4c2d-9e7f-1a2b3c4d5e6f';

/**
 * A register as it was just before `migration`, filled by `fill` (one subject, OLD_SUBJECT, is
 * there already), then migrated by `migration`: the database a migration spec asserts on.
 */
export async function migratedRegister(testDb: Pick<StorConfig, 'databaseUrl' | 'dataDir'>, migration: (typeof REGISTER_MIGRATIONS)[number], fill: (old: DataSource) => Promise<void>): Promise<DataSource> {
  const at = REGISTER_MIGRATIONS.indexOf(migration);
  if (at < 0) throw new Error(`${migration.name} is not one of the register's migrations`);
  const old = await openDatabase(testDb, { migrations: REGISTER_MIGRATIONS.slice(0, at) });
  await old.query(`INSERT INTO register_subjects (subject_id, forenames, surname) VALUES ($1, 'Jan', 'Kowalski')`, [OLD_SUBJECT]);
  await fill(old);
  await old.destroy();
  return openDatabase(testDb, { migrations: REGISTER_MIGRATIONS.slice(0, at + 1) });
}
