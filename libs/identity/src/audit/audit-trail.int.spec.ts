import type { DataSource } from 'typeorm';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { Principal } from '../tokens/principal.js';
import { AuditTrailChain1765200000400 } from './audit-chain.migration.js';
import { type AuditEntry, AuditTrail } from './audit-trail.js';
import { CreateAuditTrail1763870000100 } from './audit-trail.migration.js';

const MIGRATIONS = [CreateAuditTrail1763870000100, AuditTrailChain1765200000400];
const where = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite';

function officer(userId: string): Principal {
  return { userId, name: 'PC Test', role: 'officer', force: 'kent' };
}

function aCheck(userId: string, name: string, subjectIds: string[] = []): AuditEntry {
  return {
    at: new Date('2026-12-06T10:00:00Z'),
    principal: officer(userId),
    action: 'GET /api/subjects/check',
    method: 'GET',
    path: '/api/subjects/check',
    query: { name },
    status: 200,
    subjectIds,
    requestId: '7f1c1b8e-2f7a-4c4e-9a55-1d1f0e7c2a10',
    clientAddress: '192.0.2.7',
    userAgent: 'curl/8.5',
  };
}

describe(`the audit trail against the real database (${where})`, () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let audit: AuditTrail;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb, { migrations: MIGRATIONS });
    audit = new AuditTrail(db);
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  test('each request is answered only once its entry is stored, with who asked, what, whom it was about, and which request it was', async () => {
    const subject = '0b5e3f8e-5d0e-4c61-9a3e-2f1f3c0f6a11';
    await audit.record({ ...aCheck('test:first', 'Jan Kowalski', [subject]), purpose: 'roadside stop' });
    const { entries: [entry] } = await audit.search({ actor: 'test:first', limit: 10 });
    expect(entry).toMatchObject({
      actor: { userId: 'test:first', name: 'PC Test', role: 'officer', force: 'kent' },
      action: 'GET /api/subjects/check',
      query: { name: 'Jan Kowalski' },
      status: 200,
      subjectIds: [subject],
      purpose: 'roadside stop',
      orderId: null,
      requestId: '7f1c1b8e-2f7a-4c4e-9a55-1d1f0e7c2a10',
      clientAddress: '192.0.2.7',
      userAgent: 'curl/8.5',
    });
  });

  test('many requests at once, together and a turn apart: every entry stored once, with its own subjects, in one unbroken chain', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `Person ${i} O'Neill "quoted" \\ back`);
    const recorded: Promise<void>[] = [];
    for (const [i, name] of names.entries()) {
      recorded.push(audit.record(aCheck('test:many', name, [`subject-${i}`, `subject-${i}-b`])));
      if (i % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    // A second trail on the same database (another API instance) appends at the same time.
    const other = new AuditTrail(db);
    for (let i = 0; i < 20; i++) recorded.push(other.record(aCheck('test:many', `Other ${i}`)));
    await Promise.all(recorded);
    const { entries } = await audit.search({ actor: 'test:many', limit: 100 });
    expect(entries.map((entry) => entry.query.name).sort()).toEqual([...names, ...Array.from({ length: 20 }, (_, i) => `Other ${i}`)].sort());
    for (const entry of entries.filter((e) => names.includes(e.query.name as string))) {
      const i = names.indexOf(entry.query.name as string);
      expect(entry.subjectIds).toEqual([`subject-${i}`, `subject-${i}-b`]);
    }
    const seqs = entries.map((entry) => entry.seq).sort((a, b) => a - b);
    expect(seqs.at(-1)! - seqs[0]! + 1).toBe(seqs.length);
    expect(await audit.verify()).toEqual({ entries: expect.any(Number), firstBreak: null });
  });

  test('an entry the database refuses fails its own request only; the others arriving with it are stored and the chain stays whole', async () => {
    const refused = { ...aCheck('test:refused', 'Refused'), status: 2 ** 40 }; // beyond an integer column
    const outcomes = await Promise.allSettled([
      audit.record(aCheck('test:refused', 'Before')),
      audit.record(refused),
      audit.record(aCheck('test:refused', 'After')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await audit.search({ actor: 'test:refused', limit: 10 })).entries.map((entry) => entry.query.name).sort()).toEqual(['After', 'Before']);
    expect((await audit.verify()).firstBreak).toBeNull();
  });

  test('the trail is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    await audit.record(aCheck('test:append-only', 'Kept'));
    await expect(db.query(`UPDATE audit_trail SET status = 500 WHERE actor_id = 'test:append-only'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_trail WHERE actor_id = 'test:append-only'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_trail`)).rejects.toThrow(/append-only/);
    await expect(db.query(`UPDATE audit_chain_head SET seq = 0`)).rejects.toThrow(/only moves forward/);
    expect((await audit.search({ actor: 'test:append-only', limit: 10 })).entries).toHaveLength(1);
  });

  test('found by the name an auditor knows (any case), by subject, by order, and a page at a time with a cursor', async () => {
    const named = (name: string, orderId: string | null, subjectIds: string[]): AuditEntry => ({
      ...aCheck('test:paged', 'Paged', subjectIds),
      principal: { userId: 'test:paged', name, role: 'officer', force: 'kent' },
      orderId,
    });
    for (let i = 0; i < 5; i++) await audit.record(named('DC Alice Ward', i % 2 ? 'order-odd' : null, [`paged-subject-${i}`]));
    expect((await audit.search({ actor: 'dc alice WARD', limit: 10 })).entries).toHaveLength(5);
    expect((await audit.search({ orderId: 'order-odd', limit: 10 })).entries).toHaveLength(2);
    expect((await audit.search({ subjectId: 'paged-subject-3', limit: 10 })).entries.map((e) => e.orderId)).toEqual(['order-odd']);
    const first = await audit.search({ actor: 'test:paged', limit: 2 });
    const second = await audit.search({ actor: 'test:paged', limit: 2, before: Number(first.next) });
    const third = await audit.search({ actor: 'test:paged', limit: 2, before: Number(second.next) });
    expect(third.next).toBeNull();
    const seqs = [...first.entries, ...second.entries, ...third.entries].map((e) => e.seq);
    expect(seqs).toHaveLength(5);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });
});

describe(`tampering with the trail is found, naming the first broken entry (${where})`, () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let audit: AuditTrail;

  beforeEach(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb, { migrations: MIGRATIONS });
    audit = new AuditTrail(db);
    for (let i = 1; i <= 6; i++) await audit.record(aCheck('test:tamper', `Entry ${i}`));
    expect(await audit.verify()).toEqual({ entries: 6, firstBreak: null });
    await db.query(`ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only`);
  });
  afterEach(async () => {
    await db.destroy();
    await testDb.drop();
  });

  test('an edited entry', async () => {
    await db.query(`UPDATE audit_trail SET query = '{"name":"Someone else"}' WHERE seq = 3`);
    expect((await audit.verify()).firstBreak).toMatchObject({ seq: 3, reason: expect.stringContaining('edited') });
  });

  test('a removed entry', async () => {
    await db.query(`DELETE FROM audit_trail WHERE seq = 4`);
    expect((await audit.verify()).firstBreak).toMatchObject({ seq: 5, reason: expect.stringContaining('missing') });
  });

  test('the last entry removed', async () => {
    await db.query(`DELETE FROM audit_trail WHERE seq = 6`);
    expect((await audit.verify()).firstBreak).toMatchObject({ seq: 6, reason: expect.stringContaining('removed') });
  });

  test('two entries reordered', async () => {
    await db.query(`UPDATE audit_trail SET seq = CASE seq WHEN 2 THEN 20 WHEN 5 THEN 2 END WHERE seq IN (2, 5)`);
    await db.query(`UPDATE audit_trail SET seq = 5 WHERE seq = 20`);
    expect((await audit.verify()).firstBreak).toMatchObject({ seq: 2 });
  });
});

describe(`entries written before the chain are chained by the migration, in their order (${where})`, () => {
  test('the old entries verify, and new ones follow them', async () => {
    const testDb = await createTestDatabase();
    const before = await openDatabase(testDb, { migrations: [CreateAuditTrail1763870000100] });
    for (let i = 1; i <= 3; i++) {
      await before.query(
        `INSERT INTO audit_trail (at, actor_id, action, method, path, query, status, subject_ids) VALUES ($1, 'test:old', 'GET /api/orders/:orderId', 'GET', '/api/orders/x', $2, 200, $3)`,
        [`2026-11-0${i}T09:00:00.123Z`, JSON.stringify({ n: String(i) }), [`old-${i}`]],
      );
    }
    await before.destroy();
    const db = await openDatabase(testDb, { migrations: MIGRATIONS });
    try {
      const audit = new AuditTrail(db);
      expect(await audit.verify()).toEqual({ entries: 3, firstBreak: null });
      await audit.record(aCheck('test:new', 'After the migration'));
      expect(await audit.verify()).toEqual({ entries: 4, firstBreak: null });
      const { entries } = await audit.search({ limit: 10 });
      expect(entries.map((e) => [e.seq, e.query.n ?? e.query.name])).toEqual([
        [4, 'After the migration'],
        [3, '3'],
        [2, '2'],
        [1, '1'],
      ]);
    } finally {
      await db.destroy();
      await testDb.drop();
    }
  });
});
