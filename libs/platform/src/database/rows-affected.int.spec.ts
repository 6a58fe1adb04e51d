import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { DataSource } from 'typeorm';
import { openDatabase } from './data-source.js';
import { rowsAffected, rowsReturned } from './rows-affected.js';

describe(`what a RETURNING statement gives back (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  let testDb: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb, { migrations: [] });
    await db.query(`CREATE TABLE forces_seen (force text PRIMARY KEY, seen boolean NOT NULL DEFAULT false)`);
    await db.query(`INSERT INTO forces_seen (force) VALUES ('kent'), ('essex'), ('surrey')`);
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  test('an UPDATE: its rows and how many, though the driver wraps them with the count', async () => {
    const result = await db.query(`UPDATE forces_seen SET seen = true WHERE force = ANY($1::text[]) RETURNING force`, [['kent', 'essex', 'cumbria']]);
    expect(rowsReturned<{ force: string }>(result).map((row) => row.force).sort()).toEqual(['essex', 'kent']);
    expect(rowsAffected(result)).toBe(2);
  });

  test('an UPDATE that touches nothing', async () => {
    const result = await db.query(`UPDATE forces_seen SET seen = true WHERE force = 'cumbria' RETURNING force`);
    expect(rowsReturned(result)).toEqual([]);
    expect(rowsAffected(result)).toBe(0);
  });

  test('an INSERT and a DELETE', async () => {
    const inserted = await db.query(`INSERT INTO forces_seen (force) VALUES ('cumbria'), ('durham') RETURNING force`);
    expect(rowsReturned<{ force: string }>(inserted).map((row) => row.force)).toEqual(['cumbria', 'durham']);
    expect(rowsAffected(inserted)).toBe(2);
    const deleted = await db.query(`DELETE FROM forces_seen WHERE force = 'durham' RETURNING force`);
    expect(rowsReturned(deleted)).toEqual([{ force: 'durham' }]);
  });
});
