import type { DataSource } from 'typeorm';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { Principal } from '../tokens/principal.js';
import { type AuditEntry, AuditTrail } from './audit-trail.js';
import { CreateAuditTrail1763870000100 } from './audit-trail.migration.js';

const officer: Principal = { userId: 'test:officer of kent', name: 'PC Test', role: 'officer', force: 'kent' };

function aCheck(name: string, subjectIds: string[] = []): AuditEntry {
  return {
    at: new Date('2026-12-06T10:00:00Z'),
    principal: officer,
    action: 'GET /api/subjects/check',
    method: 'GET',
    path: '/api/subjects/check',
    query: { name },
    status: 200,
    subjectIds,
  };
}

describe(`the audit trail against the real database (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let audit: AuditTrail;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb, { migrations: [CreateAuditTrail1763870000100] });
    audit = new AuditTrail(db);
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });
  beforeEach(async () => db.query(`DELETE FROM audit_trail`));

  test('each request is answered only once its entry is stored, with who asked, what and whom it was about', async () => {
    const subject = '0b5e3f8e-5d0e-4c61-9a3e-2f1f3c0f6a11';
    await audit.record({ ...aCheck('Jan Kowalski', [subject]), purpose: 'roadside stop' });
    const [entry] = await audit.search({ limit: 10 });
    expect(entry).toMatchObject({
      actor: { userId: 'test:officer of kent', name: 'PC Test', role: 'officer', force: 'kent' },
      action: 'GET /api/subjects/check',
      query: { name: 'Jan Kowalski' },
      status: 200,
      subjectIds: [subject],
      purpose: 'roadside stop',
      orderId: null,
    });
  });

  test('many requests at once, together and a turn apart: every entry stored once, with its own subjects', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `Person ${i} O'Neill "quoted" \\ back`);
    // Some arrive together (one write), some a turn apart (writes in flight side by side).
    const recorded: Promise<void>[] = [];
    for (const [i, name] of names.entries()) {
      recorded.push(audit.record(aCheck(name, [`subject-${i}`, `subject-${i}-b`])));
      if (i % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(recorded);
    const entries = await audit.search({ limit: 100 });
    expect(entries.map((entry) => entry.query.name).sort()).toEqual([...names].sort());
    for (const entry of entries) {
      const i = names.indexOf(entry.query.name as string);
      expect(entry.subjectIds).toEqual([`subject-${i}`, `subject-${i}-b`]);
    }
  });

  test('a slow write holds back no later request', async () => {
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let writes = 0;
    // The first write stalls (a commit stuck behind a busy disk); the database itself is real.
    const stalling = {
      query: async (statement: unknown, parameters: unknown[]) => {
        if (writes++ === 0) await held;
        return db.query(statement as string, parameters);
      },
    } as unknown as DataSource;
    const trail = new AuditTrail(stalling);
    const first = trail.record(aCheck('Stalled'));
    await new Promise((resolve) => setImmediate(resolve));
    await trail.record(aCheck('Later'));
    expect((await audit.search({ limit: 10 })).map((entry) => entry.query.name)).toEqual(['Later']);
    release();
    await first;
    expect((await audit.search({ limit: 10 })).map((entry) => entry.query.name).sort()).toEqual(['Later', 'Stalled']);
  });

  test('an entry the database refuses fails its own request only; the others arriving with it are stored', async () => {
    const refused = { ...aCheck('Refused'), status: 2 ** 40 }; // beyond an integer column
    const outcomes = await Promise.allSettled([audit.record(aCheck('Before')), audit.record(refused), audit.record(aCheck('After'))]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await audit.search({ limit: 10 })).map((entry) => entry.query.name).sort()).toEqual(['After', 'Before']);
  });
});
