import type { DataSource } from 'typeorm';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { EVENT_LOG_MIGRATIONS } from '#event-store';

/**
 * A database holding the log, made for the tests of one file (embedded PGlite, or a database of its
 * own on the server at DATABASE_URL) and dropped after them. Read `db` inside tests, not before.
 */
export function logDatabaseForThisFile(): { readonly db: DataSource; readonly testDb: TestDatabase } {
  const held: { db?: DataSource; testDb?: TestDatabase } = {};
  beforeAll(async () => {
    held.testDb = await createTestDatabase();
    held.db = await openDatabase(held.testDb, { migrations: EVENT_LOG_MIGRATIONS });
  });
  afterAll(async () => {
    await held.db?.destroy();
    await held.testDb?.drop();
  });
  return {
    get db() {
      if (!held.db) throw new Error('the log database opens in beforeAll: read it inside a test');
      return held.db;
    },
    get testDb() {
      if (!held.testDb) throw new Error('the log database opens in beforeAll: read it inside a test');
      return held.testDb;
    },
  };
}
