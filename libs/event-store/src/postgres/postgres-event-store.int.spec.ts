import { randomUUID } from 'node:crypto';
import { openDatabase } from '#platform';
import { createTestDatabase } from '../../../../test/support/test-database.js';
import { eventStoreContract } from '../contract/event-store.contract.js';
import { EVENT_LOG_MIGRATIONS } from './event-log.migrations.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { WrongExpectedVersion } from '../event-store.port.js';

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

describe('PostgreSQL event store: appendEach is all or none', () => {
  test('an append refused rolls back those before it in the same call', async () => {
    const testDb = await createTestDatabase();
    const db = await openDatabase(testDb, { migrations: EVENT_LOG_MIGRATIONS });
    try {
      const store = new PostgresEventStore(db);
      const event = (type: string) => ({
        eventId: randomUUID(),
        type,
        data: {},
        metadata: { schemaVersion: 1, recordedAt: '2026-11-23T09:00:00.000Z', actor: { userId: 'test', role: 'order-manager' }, commandId: randomUUID(), correlationId: randomUUID() },
      });
      await store.append('order-a', [event('A1')], 0);
      await expect(
        store.appendEach([
          { streamId: 'order-b', events: [event('B1')], expected: 0 },
          { streamId: 'order-a', events: [event('A2')], expected: 0 },
        ]),
      ).rejects.toBeInstanceOf(WrongExpectedVersion);
      expect(await store.readStream('order-b')).toEqual([]);
      expect((await store.append('order-b', [event('B1')], 0)).version).toBe(1);
    } finally {
      await db.destroy();
      await testDb.drop();
    }
  });
});
