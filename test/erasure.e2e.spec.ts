import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { EventStore, PostgresEventStore } from '#event-store';
import { rebuildProjections, verifyProjections } from '../apps/cli/src/projections/rebuild-and-verify.js';
import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  expectProblem,
  expectStatus,
  matchesFor,
  notifyNameAndAddress,
  orderHistory,
  prohibitionIdsOf,
  readOrder,
  recordBreach,
  recordOrder,
  stopAndCheckEveryResponse,
  surrenderPassports,
} from './support/stor-steps.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// Personal data over time (issue 12): a subject's personal fields are sealed under a key of their
// own; erasing destroys it, and every view reads [erased] while the orders' history stays.
const PERSONAL = ['Wiesława', 'Drozdowska', 'Wiesia', 'Drozd', '1977-06-15', '2003/1234567Q', '1 Quay Street', 'ME14 1QS', '7 Mill Lane', 'BN1 7ML', 'P12345678', 'Seen with Ms Drozd'];

describe('erasing a subject’s personal data (crypto-shredding)', () => {
  let database: TestDatabase;
  let stor: StorTestApp | undefined;
  let made: { orderId: string; position: number };
  let subjectId: string;
  let before: Record<string, any>;

  async function rawLog(app: StorTestApp): Promise<string> {
    const rows: { data: unknown }[] = await app.get(DataSource).query(`SELECT data FROM events ORDER BY global_position`);
    return JSON.stringify(rows);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    stor = await StorTestApp.start({ database });
    const kent = await stor.token({ role: 'order-manager', force: 'kent' });
    const sussex = await stor.token({ role: 'order-manager', force: 'sussex' });
    made = await recordOrder(
      stor,
      kent,
      anOrder({
        subject: {
          forenames: 'Wiesława',
          surname: 'Drozdowska',
          dateOfBirth: '1977-06-15',
          pncId: '2003/1234567Q',
          aliases: [{ forenames: 'Wiesia', surname: 'Drozd' }],
          address: { line1: '1 Quay Street', postcode: 'ME14 1QS', force: 'kent' },
        },
        prohibitions: [{ text: 'Must not travel to any country outside the United Kingdom', until: '2027-03-13', foreignTravel: { scope: 'all', countries: [] } }],
        passportSurrender: { policeStation: 'Maidstone Police Station', dueOn: '2025-03-21' },
      }),
    );
    const travelBan = prohibitionIdsOf(await readOrder(stor, kent, made.orderId, made.position));
    expectStatus(await notifyNameAndAddress(stor, kent, made.orderId, { notifiedOn: '2025-03-17', names: ['Wiesława Drozdowska'], address: { line1: '7 Mill Lane', postcode: 'BN1 7ML', force: 'sussex' } }), 201);
    expectStatus(await surrenderPassports(stor, kent, made.orderId, { surrenderedOn: '2025-03-18', passports: ['P12345678'] }), 200);
    const breach = await recordBreach(stor, sussex, made.orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', description: 'Seen with Ms Drozd at a car wash', prohibitionIds: travelBan });
    expectStatus(breach, 201);
    before = await readOrder(stor, kent, made.orderId, breach.body.position);
    subjectId = before.subject.subjectId;
  });
  afterAll(async () => {
    await stopAndCheckEveryResponse(stor);
    await database.drop();
  });

  test('the log never held the personal data in clear, even before the erasure', async () => {
    const raw = await rawLog(stor as StorTestApp);
    for (const personal of PERSONAL) expect(raw).not.toContain(personal);
    expect(before.subject).toMatchObject({ forenames: 'Wiesława', surname: 'Drozdowska', dateOfBirth: '1977-06-15', pncId: '2003/1234567Q' });
  });

  test('an officer, an order manager and an auditor may not erase; a reason is required', async () => {
    const app = stor as StorTestApp;
    for (const who of [{ role: 'officer', force: 'kent' }, { role: 'order-manager', force: 'kent' }, { role: 'auditor' }] as const) {
      expectProblem(await app.request('POST', `/api/subjects/${subjectId}/erasure`, { token: await app.token(who), body: { reason: 'Court order 2026/77' } }), 403);
    }
    const national = await app.token({ role: 'national' });
    expectProblem(await app.request('POST', `/api/subjects/${subjectId}/erasure`, { token: national, body: { reason: '  ' } }), 400);
    expectProblem(await app.request('POST', `/api/subjects/4f6c2d1e-0000-4000-8000-000000000001/erasure`, { token: national, body: { reason: 'Court order 2026/77' } }), 404);
    expect((await readOrder(app, national, made.orderId)).subject.surname).toBe('Drozdowska');
  });

  test('erased by the national role: checks find nobody, the order shows [erased] with its type, dates, forces and statuses; audited', async () => {
    const app = stor as StorTestApp;
    const national = await app.token({ role: 'national', name: 'Erasure Officer' });
    const erased = await app.request('POST', `/api/subjects/${subjectId}/erasure`, { token: national, body: { reason: 'Court order 2026/77' } });
    expectStatus(erased, 200);
    expect(erased.body).toMatchObject({ subjectId, erasedOn: '2026-11-23' });

    const after = await readOrder(app, national, made.orderId, erased.body.position);
    expect(after.subject).toMatchObject({ subjectId, forenames: '[erased]', surname: '[erased]', dateOfBirth: null, pncId: null, aliases: [] });
    expect(after).toMatchObject({ orderId: made.orderId, type: before.type, status: before.status, owningForce: 'kent', madeOn: '2025-03-14', version: before.version });
    expect(after.prohibitions).toEqual(before.prohibitions);
    expect(JSON.stringify(after)).not.toMatch(/Drozd|Wiesław|1977-06-15|1234567Q|Quay Street|Mill Lane|P12345678/);

    const officer = await app.token({ role: 'officer', force: 'met' });
    expect(await matchesFor(app, officer, { name: 'Wiesława Drozdowska' })).toEqual([]);
    expect(await matchesFor(app, officer, { name: 'Wiesia Drozd' })).toEqual([]);
    expect(await matchesFor(app, officer, { pncId: '2003/1234567Q' })).toEqual([]);
    expect(await matchesFor(app, officer, { name: 'erased' })).toEqual([]);

    const auditor = await app.token({ role: 'auditor' });
    const trail = await app.request('GET', `/api/audit?actor=${encodeURIComponent('test:Erasure Officer')}`, { token: auditor });
    expect(trail.body.entries).toContainEqual(expect.objectContaining({ action: 'POST /api/subjects/:subjectId/erasure', status: 200 }));
  });

  test('the history is intact, less the personal data, and says the subject was erased', async () => {
    const app = stor as StorTestApp;
    const national = await app.token({ role: 'national' });
    const history = await orderHistory(app, national, made.orderId);
    expectStatus(history, 200);
    const text = JSON.stringify(history.body);
    expect(text).not.toMatch(/Drozd|Wiesław|Mill Lane|P12345678/);
    expect(text).toContain('NotificationReceived');
    expect(text).toContain('BreachRecorded');
    const subjectHistory = await app.request('GET', `/api/subjects/${subjectId}/history`, { token: national });
    expectStatus(subjectHistory, 200);
    expect(JSON.stringify(subjectHistory.body)).toContain('SubjectErased');
    expect(JSON.stringify(subjectHistory.body)).not.toMatch(/Drozd|Wiesław/);
  });

  test('a second erasure changes nothing and answers as the first', async () => {
    const app = stor as StorTestApp;
    const national = await app.token({ role: 'national' });
    const rawBefore = await rawLog(app);
    const again = await app.request('POST', `/api/subjects/${subjectId}/erasure`, { token: national, body: { reason: 'Asked twice' } });
    expectStatus(again, 200);
    expect(again.body).toMatchObject({ subjectId, erasedOn: '2026-11-23' });
    expect(await rawLog(app)).toBe(rawBefore);
    const [key]: { sealed_key: string | null; erased_by: string; erasure_reason: string }[] = await app.get(DataSource).query(`SELECT sealed_key, erased_by, erasure_reason FROM subject_keys WHERE subject_id = $1`, [subjectId]);
    expect(key).toEqual({ sealed_key: null, erased_by: 'test:Erasure Officer', erasure_reason: 'Court order 2026/77' });
  });

  test('the stored register agrees with the log; rebuilt, and after a restart, it still reads [erased]', async () => {
    const first = stor as StorTestApp;
    const said: string[] = [];
    const agree = await verifyProjections(first.get(DataSource), first.get(EventStore), (line) => said.push(line));
    expect(said.filter((line) => !line.endsWith('agrees'))).toEqual([]);
    expect(agree).toBe(true);
    await rebuildProjections(first.get(DataSource), first.get(EventStore), () => undefined);
    await first.stop();
    stor = undefined;
    const second = await StorTestApp.start({ database });
    stor = second;
    const national = await second.token({ role: 'national' });
    const after = await readOrder(second, national, made.orderId);
    expect(after.subject).toMatchObject({ forenames: '[erased]', surname: '[erased]', dateOfBirth: null, pncId: null });
    expect(after.status).toBe(before.status);
    const officer = await second.token({ role: 'officer', force: 'kent' });
    expect(await matchesFor(second, officer, { name: 'Wiesława Drozdowska' })).toEqual([]);
    expect(await verifyProjections(second.get(DataSource), second.get(EventStore), () => undefined)).toBe(true);
  });

  test('the events of another subject are untouched by the erasure', async () => {
    const app = stor as StorTestApp;
    const kent = await app.token({ role: 'order-manager', force: 'kent' });
    const other = await recordOrder(app, kent, anOrder({ subject: { forenames: 'Halina', surname: 'Grzybowska', dateOfBirth: '1975-03-09' } }));
    expect((await readOrder(app, kent, other.orderId, other.position)).subject.surname).toBe('Grzybowska');
    const officer = await app.token({ role: 'officer', force: 'met' });
    expect((await matchesFor(app, officer, { name: 'Halina Grzybowska' })).map((m) => m.surname)).toEqual(['Grzybowska']);
  });

  test('a subject recorded before sealing began (plaintext in the log, no key) is refused with 409, and nothing changes', async () => {
    const app = stor as StorTestApp;
    const subject = randomUUID();
    // Written past the sealing store, as a log from before this change holds it.
    await new PostgresEventStore(app.get(DataSource)).append(
      `subject-${subject}`,
      [
        {
          eventId: randomUUID(),
          type: 'SubjectRegistered',
          data: { subjectId: subject, forenames: 'Ludmiła', surname: 'Starsza', dateOfBirth: '1960-01-01', pncId: null, croNumber: null, aliases: [] },
          metadata: { schemaVersion: 1, recordedAt: '2024-01-01T09:00:00.000Z', actor: { userId: 'test:old', role: 'order-manager', force: 'kent' }, commandId: randomUUID(), correlationId: randomUUID() },
        },
      ],
      0,
    );
    const national = await app.token({ role: 'national' });
    const refused = await app.request('POST', `/api/subjects/${subject}/erasure`, { token: national, body: { reason: 'Court order 2026/78' } });
    expectProblem(refused, 409);
    expect(refused.body.detail).toMatch(/before personal data was sealed/);
    expect(await app.get(DataSource).query(`SELECT 1 FROM subject_keys WHERE subject_id = $1`, [subject])).toEqual([]);
    const history = await app.request('GET', `/api/subjects/${subject}/history`, { token: national });
    expect(JSON.stringify(history.body)).toContain('Starsza');
    expect(JSON.stringify(history.body)).not.toContain('SubjectErased');
  });
});
