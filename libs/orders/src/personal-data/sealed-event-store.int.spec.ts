import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EVENT_LOG_MIGRATIONS, type NewEvent, PostgresEventStore } from '#event-store';
import { openDatabase } from '#platform';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { SealedEventStore } from './sealed-event-store.js';
import { SubjectKeys, SubjectKeyUnreadable } from './subject-keys.js';
import { CreateSubjectKeys1765200000500 } from './subject-keys.migration.js';

const SIGNING_KEY = new TextEncoder().encode('a-signing-key-of-at-least-thirty-two-characters');
const metadata = { schemaVersion: 1, recordedAt: '2026-11-23T09:00:00.000Z', actor: { userId: 'u', role: 'order-manager' }, commandId: 'c', correlationId: 'c' };

describe(`subject keys and the sealed log (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'})`, () => {
  let testDb: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = await openDatabase(testDb, { migrations: [...EVENT_LOG_MIGRATIONS, CreateSubjectKeys1765200000500] });
  });
  afterAll(async () => {
    await db.destroy();
    await testDb.drop();
  });

  function registration(subjectId: string): NewEvent {
    return { eventId: randomUUID(), type: 'SubjectRegistered', data: { subjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', pncId: null, croNumber: null, aliases: [] }, metadata };
  }

  test('a key is made with the registration, kept sealed, and opens the subject’s events; erased, they read as the marker', async () => {
    const keys = new SubjectKeys(db, SIGNING_KEY);
    const store = new SealedEventStore(new PostgresEventStore(db), keys);
    const subjectId = randomUUID();
    await store.appendEach([{ streamId: `subject-${subjectId}`, events: [registration(subjectId)], expected: 0 }]);
    const [row]: { sealed_key: string }[] = await db.query(`SELECT sealed_key FROM subject_keys WHERE subject_id = $1`, [subjectId]);
    expect(row.sealed_key).toMatch(/^v1\./);
    const [raw]: { data: unknown }[] = await db.query(`SELECT data FROM events WHERE stream_id = $1`, [`subject-${subjectId}`]);
    expect(JSON.stringify(raw.data)).not.toMatch(/Kowalski|1980-05-02/);
    expect((await store.readStream(`subject-${subjectId}`))[0].data).toMatchObject({ surname: 'Kowalski', dateOfBirth: '1980-05-02' });

    const erasure = await keys.erase(subjectId, { userId: 'n1', role: 'national' }, 'Court order', new Date('2026-11-23T10:00:00Z'));
    expect(erasure).toMatchObject({ subjectId, erasedBy: 'n1', now: true });
    expect(await keys.erase(subjectId, { userId: 'n2', role: 'national' }, 'Again', new Date('2026-11-24T10:00:00Z'))).toMatchObject({ erasedBy: 'n1', now: false });
    expect((await store.readStream(`subject-${subjectId}`))[0].data).toMatchObject({ forenames: '[erased]', surname: '[erased]', dateOfBirth: null });
    expect(await keys.erase(randomUUID(), { userId: 'n1', role: 'national' }, 'Nobody', new Date())).toBeNull();
  });

  test('under another signing key a subject’s key does not open: refused loudly, never read as erased', async () => {
    const subjectId = randomUUID();
    await new SealedEventStore(new PostgresEventStore(db), new SubjectKeys(db, SIGNING_KEY)).append(`subject-${subjectId}`, [registration(subjectId)], 0);
    const other = new SealedEventStore(new PostgresEventStore(db), new SubjectKeys(db, new TextEncoder().encode('another-signing-key-of-thirty-two-characters')));
    await expect(other.readStream(`subject-${subjectId}`)).rejects.toBeInstanceOf(SubjectKeyUnreadable);
  });
});
