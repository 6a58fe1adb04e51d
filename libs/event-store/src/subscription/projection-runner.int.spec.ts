import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { NewEvent, RecordedEvent } from '../event-store.port.js';
import { EVENT_LOG_MIGRATIONS } from '../postgres/event-log.migrations.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { CreateProjectionCheckpoints1763870000050 } from './checkpoints.migration.js';
import type { Projection, Reactor } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';

const event = (type: string): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: {},
  metadata: { schemaVersion: 1, recordedAt: '2026-11-23T09:00:00.000Z', actor: { userId: 't', role: 'system' }, commandId: randomUUID(), correlationId: 'c' },
});

/** Counts what it applied in a table of its own, in the runner's transaction. */
class CountingProjection implements Projection {
  constructor(
    readonly name = 'counting',
    private readonly table = 'seen',
  ) {}

  async apply(recorded: RecordedEvent, tx: EntityManager) {
    await tx.query(`INSERT INTO ${this.table} (event_id, type) VALUES ($1, $2)`, [recorded.eventId, recorded.type]);
  }
}

describe(`the projection runner (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let store: PostgresEventStore;

  beforeEach(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb, { migrations: [...EVENT_LOG_MIGRATIONS, CreateProjectionCheckpoints1763870000050] });
    await db.query(`CREATE TABLE seen (event_id uuid PRIMARY KEY, type text NOT NULL)`);
    store = new PostgresEventStore(db);
  });
  afterEach(async () => {
    await db.destroy();
    await testDb.drop();
  });

  const options = { batchSize: 3, pollMs: 20, onError: () => undefined };

  test('applies every event once, and a restarted runner resumes from its checkpoint', async () => {
    for (let i = 0; i < 7; i++) await store.append(`s-${i % 2}`, [event(`E${i}`)], 'any');
    const first = new ProjectionRunner(store, db, [new CountingProjection()], options);
    await first.start();
    await first.catchUp();
    await first.stop();
    for (let i = 7; i < 10; i++) await store.append('s-0', [event(`E${i}`)], 'any');
    const second = new ProjectionRunner(store, db, [new CountingProjection()], options);
    await second.start();
    await second.catchUp();
    await second.stop();
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM seen`);
    expect(count).toBe(10);
  });

  test('a reactor acts only after the projections, and what it appends is projected too', async () => {
    const reacted: string[] = [];
    const reactor: Reactor = {
      name: 'follow-up',
      react: async (recorded) => {
        const [{ seen }] = await db.query(`SELECT count(*)::int AS seen FROM seen WHERE event_id = $1`, [recorded.eventId]);
        reacted.push(`${recorded.type}:${seen}`);
        if (recorded.type === 'Asked') await store.append('s-answers', [event('Answered')], 'any');
      },
    };
    await store.append('s-1', [event('Asked')], 0);
    const runner = new ProjectionRunner(store, db, [new CountingProjection()], options, [reactor]);
    await runner.start();
    await runner.catchUp();
    await runner.stop();
    expect(reacted).toEqual(['Asked:1', 'Answered:1']);
    const types = (await db.query(`SELECT type FROM seen ORDER BY type`)).map((row: { type: string }) => row.type);
    expect(types).toEqual(['Answered', 'Asked']);
  });

  test('projections at the same checkpoint share one read of the log, and a short batch is read again once the log grows', async () => {
    await db.query(`CREATE TABLE seen_too (event_id uuid PRIMARY KEY, type text NOT NULL)`);
    for (let i = 0; i < 7; i++) await store.append(`s-${i % 2}`, [event(`E${i}`)], 'any');
    const read: RecordedEvent[][] = [];
    const readAll = store.readAll.bind(store);
    store.readAll = async (checkpoint, limit) => {
      const batch = await readAll(checkpoint, limit);
      read.push(batch);
      return batch;
    };
    const runner = new ProjectionRunner(store, db, [new CountingProjection(), new CountingProjection('counting-too', 'seen_too')], options);
    await runner.catchUp();
    // Two full batches of three, each read once for both projections (the short batch and the empty
    // reads at the end may be read by each, as their reads happen to coincide or not).
    expect(read.filter((batch) => batch.length === options.batchSize)).toHaveLength(2);
    for (let i = 7; i < 10; i++) await store.append('s-0', [event(`E${i}`)], 'any');
    await runner.catchUp();
    for (const table of ['seen', 'seen_too']) {
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM ${table}`);
      expect(count).toBe(10);
    }
  });

  test('a second runner cannot apply a batch the first already applied', async () => {
    for (let i = 0; i < 4; i++) await store.append('s', [event(`E${i}`)], 'any');
    const a = new ProjectionRunner(store, db, [new CountingProjection()], options);
    const b = new ProjectionRunner(store, db, [new CountingProjection()], options);
    await a.start();
    await b.start();
    await Promise.allSettled([a.catchUp(), b.catchUp()]);
    await a.stop();
    await b.stop();
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM seen`);
    expect(count).toBe(4);
  });
});
