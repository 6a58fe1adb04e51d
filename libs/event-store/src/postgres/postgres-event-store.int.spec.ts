import { openDatabase } from '#platform';
import { createTestDatabase } from '../../../../test/support/test-database.js';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { EVENT_LOG_MIGRATIONS } from './event-log.migrations.js';
import { PostgresEventStore } from './postgres-event-store.js';

describe(`PostgreSQL event store (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  eventStoreContract(async () => {
    const testDb = await createTestDatabase();
    const db = await openDatabase(testDb, { migrations: EVENT_LOG_MIGRATIONS });
    return {
      store: new PostgresEventStore(db),
      close: async () => {
        await db.destroy();
        await testDb.drop();
      },
    };
  });
});
