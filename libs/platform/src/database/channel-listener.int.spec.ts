import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { channelListener } from './channel-listener.js';
import { openDatabase } from './data-source.js';

// Run on embedded PGlite, and on the PostgreSQL server when DATABASE_URL names one.
describe(`listening on a channel of the database (${process.env.DATABASE_URL ? 'server' : 'embedded'})`, () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase(database, { migrations: [] });
  }, 60_000);

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  async function listening(channel: string) {
    const heard: string[] = [];
    let started = 0;
    const listener = channelListener(db, channel, { notified: (payload) => heard.push(payload), listening: () => started++ });
    await listener.start();
    return { heard, started: () => started, stop: () => listener.stop() };
  }

  const until = async (condition: () => boolean) => {
    for (const deadline = Date.now() + 5_000; !condition() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  test('a NOTIFY inside a transaction is heard once it commits, with its payload, and says the listener is listening first', async () => {
    const channel = await listening('stor_test_commit');
    expect(channel.started()).toBe(1);
    await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_notify('stor_test_commit', $1)`, ['kent,sussex']);
    });
    await until(() => channel.heard.length > 0);
    expect(channel.heard).toEqual(['kent,sussex']);
    await channel.stop();
  });

  test('a NOTIFY in a transaction that rolls back is never heard, and other channels are not heard', async () => {
    const channel = await listening('stor_test_rollback');
    await db
      .transaction(async (tx) => {
        await tx.query(`SELECT pg_notify('stor_test_rollback', 'lost')`);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await db.query(`SELECT pg_notify('stor_test_elsewhere', 'other')`);
    await db.query(`SELECT pg_notify('stor_test_rollback', 'kept')`);
    await until(() => channel.heard.length > 0);
    expect(channel.heard).toEqual(['kept']);
    await channel.stop();
  });

  test('a stopped listener hears nothing more', async () => {
    const channel = await listening('stor_test_stopped');
    await channel.stop();
    await db.query(`SELECT pg_notify('stor_test_stopped', 'late')`);
    // a notification, had one been delivered, would arrive well within this
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(channel.heard).toEqual([]);
  });

  test('a channel name that is not a plain identifier is refused before any SQL is made of it', () => {
    expect(() => channelListener(db, 'alerts; DROP TABLE x', { notified: () => undefined })).toThrow(/not a channel name/);
  });
});
