import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../apps/cli/src/runtime.js';
import type { AuditRecord } from '#identity';
import { openDatabase } from '#platform';
import { StorTestApp } from './support/stor-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { textOf, WebSession } from './support/web-session.js';
import { anOrder, check, expectInvalid, expectProblem, expectStatus, readOrder, recordOrder, stopAndCheckEveryResponse } from './support/stor-steps.js';

const run = promisify(execFile);
const where = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite';

/** An entry as GET /api/audit answers it. */
type Entry = AuditRecord;

describe(`the audit trail: who, as whom, from where, which request, why (${where})`, () => {
  let stor: StorTestApp;
  let database: TestDatabase;
  let auditor: string;
  let officer: string;
  let manager: string;
  let orderId: string;
  let subjectId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    stor = await StorTestApp.start({ database });
    auditor = await stor.token({ role: 'auditor', name: 'Auditor Amaya Reid' });
    officer = await stor.token({ role: 'officer', force: 'kent', name: 'PC 4411 Okafor' });
    manager = await stor.token({ role: 'order-manager', force: 'kent', name: 'DS Kent Manager Mills' });
    const made = await recordOrder(stor, manager, anOrder({ subject: { forenames: 'Audited', surname: 'Person' } }));
    orderId = made.orderId;
    subjectId = (await readOrder(stor, manager, orderId, made.position)).subject.subjectId;
  });
  let stopped = false;
  afterAll(async () => {
    if (!stopped) await stor.stop();
    await database.drop();
    expect(stor.contractBreaches()).toEqual([]);
  });

  async function trail(query: string): Promise<{ entries: Entry[]; next: string | null }> {
    const response = await stor.request('GET', `/api/audit?${query}`, { token: auditor });
    expectStatus(response, 200);
    return response.body;
  }

  const as = { 'user-agent': 'STOR e2e/1.0 (handset)' };

  test('every read of personal data and every write leaves an entry with actor, role, force, time, request id, client address, user agent and purpose', async () => {
    const checked = await stor.request('GET', `/api/subjects/check?${new URLSearchParams({ name: 'Audited Person', purpose: 'stop in Ashford' })}`, { token: officer, headers: as });
    expectStatus(checked, 200);
    const read = await stor.request('GET', `/api/orders/${orderId}`, { token: officer, headers: as });
    const asAt = await stor.request('GET', `/api/orders/${orderId}?asAt=2026-11-23`, { token: officer, headers: as });
    const history = await stor.request('GET', `/api/orders/${orderId}/history`, { token: manager, headers: as });
    const write = await stor.request('POST', '/api/orders', { token: manager, headers: as, body: anOrder({ subject: { forenames: 'Second', surname: 'Write' } }) });
    for (const response of [read, asAt, history]) expectStatus(response, 200);
    expectStatus(write, 201);

    const ids = [checked, read, asAt, history, write].map((response) => response.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(5);

    const officers = (await trail(`actor=${encodeURIComponent('pc 4411 okafor')}`)).entries;
    const managers = (await trail(`actor=${encodeURIComponent('test:DS Kent Manager Mills')}`)).entries;
    const byRequest = new Map([...officers, ...managers].map((entry) => [entry.requestId, entry]));
    const common = { at: '2026-11-23T09:00:00.000Z', clientAddress: '127.0.0.1', userAgent: 'STOR e2e/1.0 (handset)' };
    const kentOfficer = { userId: 'test:PC 4411 Okafor', name: 'PC 4411 Okafor', role: 'officer', force: 'kent' };
    const kentManager = { userId: 'test:DS Kent Manager Mills', name: 'DS Kent Manager Mills', role: 'order-manager', force: 'kent' };
    expect(byRequest.get(ids[0]!)).toMatchObject({
      ...common,
      actor: kentOfficer,
      action: 'GET /api/subjects/check',
      query: { name: 'Audited Person', purpose: 'stop in Ashford' },
      purpose: 'stop in Ashford',
      subjectIds: [subjectId],
      status: 200,
    });
    expect(byRequest.get(ids[1]!)).toMatchObject({ ...common, actor: kentOfficer, action: 'GET /api/orders/:orderId', orderId, subjectIds: [subjectId] });
    expect(byRequest.get(ids[2]!)).toMatchObject({ ...common, actor: kentOfficer, action: 'GET /api/orders/:orderId', query: { asAt: '2026-11-23' }, orderId });
    expect(byRequest.get(ids[3]!)).toMatchObject({ ...common, actor: kentManager, action: 'GET /api/orders/:orderId/history', orderId });
    expect(byRequest.get(ids[4]!)).toMatchObject({ ...common, actor: kentManager, action: 'POST /api/orders', status: 201, orderId: write.body.orderId });
  });

  test('a refusal of a signed-in user is kept, with a forged query cut to its bound', async () => {
    const forged = `/api/orders?${Array.from({ length: 30 }, (_, i) => `f${i}=${'A'.repeat(120)}`).join('&')}`;
    const refused = await stor.request('GET', forged, { token: officer });
    expectProblem(refused, 403);
    const [entry] = (await trail(`actor=${encodeURIComponent('test:PC 4411 Okafor')}&limit=1`)).entries;
    expect(entry).toMatchObject({ action: 'GET /api/orders', status: 403, requestId: refused.headers.get('x-request-id') });
    expect(Object.keys(entry!.query)).toHaveLength(17);
    expect(JSON.stringify(entry!.query).length).toBeLessThan(3000);
  });

  test('500 anonymous requests write no rows and are counted in /metrics', async () => {
    const db = stor.get(DataSource);
    const [{ count: before }] = await db.query(`SELECT count(*)::int AS count FROM audit_trail`);
    const forgedQuery = `name=${'X'.repeat(3000)}`;
    for (let batch = 0; batch < 10; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          stor.request('GET', `/api/subjects/check?${forgedQuery}`, i % 2 ? { headers: { authorization: 'Bearer not.a.token' } } : {}),
        ),
      );
      for (const response of responses) expectProblem(response, 401);
    }
    const [{ count: after }] = await db.query(`SELECT count(*)::int AS count FROM audit_trail`);
    expect(after).toBe(before);
    const metrics = await stor.request('GET', '/metrics');
    const counted = /stor_refused_requests_total\{status="401",who="anonymous"\} (\d+)/.exec(metrics.body as string);
    expect(Number(counted?.[1])).toBeGreaterThanOrEqual(500);
  });

  test('the trail is filtered by subject, by order and by time, and read a page at a time with a cursor', async () => {
    const bySubject = (await trail(`subjectId=${subjectId}`)).entries;
    expect(bySubject.length).toBeGreaterThanOrEqual(3);
    for (const entry of bySubject) expect(entry.subjectIds).toContain(subjectId);
    const byOrder = (await trail(`orderId=${orderId}`)).entries;
    expect(byOrder.map((entry) => entry.action)).toEqual(expect.arrayContaining(['GET /api/orders/:orderId', 'GET /api/orders/:orderId/history']));
    for (const entry of byOrder) expect(entry.orderId).toBe(orderId);
    expect((await trail('from=2026-11-24')).entries).toEqual([]);

    const all: Entry[] = [];
    let page = await trail('limit=3');
    all.push(...page.entries);
    while (page.next) {
      page = await trail(`limit=3&before=${page.next}`);
      all.push(...page.entries);
    }
    const seqs = all.map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.at(-1)).toBe(1);
  });

  test("the auditor's page filters by name, order and subject, and links to older entries", async () => {
    const page = await WebSession.signIn(stor.baseUrl, { role: 'auditor', name: 'Auditor Page Reader' });
    const byOrder = await page.get(`/audit?orderId=${orderId}`);
    expect(byOrder.status).toBe(200);
    expect(textOf(byOrder.html)).toContain('GET /api/orders/:orderId/history');
    expect(textOf(byOrder.html)).not.toContain('GET /api/subjects/check');
    const byName = await page.get(`/audit?actor=${encodeURIComponent('pc 4411 OKAFOR')}`);
    expect(textOf(byName.html)).toContain('PC 4411 Okafor');
    expect(textOf(byName.html)).not.toContain('DS Kent Manager Mills');
    const bySubject = await page.get(`/audit?subjectId=${subjectId}`);
    expect(textOf(bySubject.html)).toContain('GET /api/subjects/check');
    expect((await page.get('/audit?before=abc')).status).toBe(400);
  });

  test.each([
    ['from=23-11-2026', 'from'],
    ['to=2026-13-01', 'to'],
    ['from=2026-11-24&to=2026-11-23', 'to'],
    ['before=abc', 'before'],
    ['before=-1', 'before'],
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    [`actor=${'a'.repeat(201)}`, 'actor'],
    ['subjectId=', 'subjectId'],
    ['orderId=a&orderId=b', 'orderId'],
  ])('a bad filter (%s) is a 400 naming %s', async (query, field) => {
    expectInvalid(await stor.request('GET', `/api/audit?${query}`, { token: auditor }), field);
  });

  test('audit:verify: whole on a clean database; on a tampered one non-zero, naming the first broken entry', async () => {
    await stor.stop();
    stopped = true;
    const env = {
      ...process.env,
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.databaseUrl ?? '',
      AUTH_SECRET: 'a-test-secret-that-is-long-enough-for-hs256',
    };
    const verify = () => run(process.execPath, ['dist/apps/cli/src/main.js', 'audit-verify'], { env }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: `${error.stdout}${error.stderr}` }),
    );
    const clean = await verify();
    expect(clean).toEqual({ code: 0, out: expect.stringMatching(/The audit trail is whole: \d+ entries/) });

    const db = await openDatabase(database, { migrations: MIGRATIONS });
    try {
      await db.query(`ALTER TABLE audit_trail DISABLE TRIGGER audit_trail_append_only`);
      await db.query(`UPDATE audit_trail SET purpose = 'rewritten' WHERE seq = 3`);
    } finally {
      await db.destroy();
    }
    const tampered = await verify();
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/BROKEN at entry 3 .*edited/);
  });
});

describe(`a deployment that requires a check's purpose (${where})`, () => {
  let stor: StorTestApp;
  let officer: string;

  beforeAll(async () => {
    stor = await StorTestApp.start({ config: { checkPurposeRequired: true } });
    officer = await stor.token({ role: 'officer', force: 'kent' });
  });
  afterAll(async () => stopAndCheckEveryResponse(stor));

  test('a check without purpose is a 400 naming purpose; with one it is answered', async () => {
    expectInvalid(await check(stor, officer, { name: 'Anyone Atall' }), 'purpose');
    expectInvalid(await check(stor, officer, { name: 'Anyone Atall', purpose: '   ' }), 'purpose');
    expectStatus(await check(stor, officer, { name: 'Anyone Atall', purpose: 'stop in Dover' }), 200);
  });

  test('the check page asks for the reason, and says in words when it is missing', async () => {
    const page = await WebSession.signIn(stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC Page Checker' });
    const form = await page.get('/');
    expect(textOf(form.html)).toContain('Reason for the check');
    expect(textOf(form.html)).not.toContain('Reason for the check (optional)');
    const refused = await page.submit('/check', { name: 'Anyone Atall', purpose: '' }, form.html);
    expect(refused.status).toBe(400);
    expect(textOf(refused.html)).toContain('Enter the reason for the check');
    const answered = await page.submit('/check', { name: 'Anyone Atall', purpose: 'stop in Dover' }, form.html);
    expect(answered.status).toBe(200);
  });
});

describe(`behind a trusted proxy (TRUST_PROXY=true) (${where})`, () => {
  let stor: StorTestApp;

  beforeAll(async () => {
    stor = await StorTestApp.start({ config: { trustProxy: true } });
  });
  afterAll(async () => stopAndCheckEveryResponse(stor));

  test("the proxy's well-formed request id and the client's address (X-Forwarded-For's first hop) are kept; a malformed id is replaced", async () => {
    const officer = await stor.token({ role: 'officer', force: 'kent', name: 'PC Behind Proxy' });
    const auditor = await stor.token({ role: 'auditor' });
    const passed = await stor.request('GET', '/api/subjects/check?name=Anyone%20Atall', {
      token: officer,
      headers: { 'x-request-id': 'edge-7f3a9c21', 'x-forwarded-for': '203.0.113.9, 10.0.0.1' },
    });
    expect(passed.headers.get('x-request-id')).toBe('edge-7f3a9c21');
    const malformed = await stor.request('GET', '/api/subjects/check?name=Anyone%20Atall', {
      token: officer,
      headers: { 'x-request-id': 'no good', 'x-forwarded-for': 'not-an-address' },
    });
    expect(malformed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const trail = await stor.request('GET', `/api/audit?actor=${encodeURIComponent('PC Behind Proxy')}`, { token: auditor });
    const entries = trail.body.entries as Entry[];
    expect(entries.find((entry) => entry.requestId === 'edge-7f3a9c21')).toMatchObject({ clientAddress: '203.0.113.9' });
    expect(entries.find((entry) => entry.requestId === malformed.headers.get('x-request-id'))).toMatchObject({ clientAddress: '127.0.0.1' });
  });
});

describe(`not behind a trusted proxy (the default) (${where})`, () => {
  let stor: StorTestApp;

  beforeAll(async () => {
    stor = await StorTestApp.start();
  });
  afterAll(async () => stopAndCheckEveryResponse(stor));

  test("a client's own request id and X-Forwarded-For are not believed", async () => {
    const officer = await stor.token({ role: 'officer', force: 'kent', name: 'PC Direct' });
    const auditor = await stor.token({ role: 'auditor' });
    const response = await stor.request('GET', '/api/subjects/check?name=Anyone%20Atall', {
      token: officer,
      headers: { 'x-request-id': 'client-chosen-1234', 'x-forwarded-for': '203.0.113.9' },
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const trail = await stor.request('GET', `/api/audit?actor=${encodeURIComponent('test:PC Direct')}`, { token: auditor });
    expect(trail.body.entries).toEqual([expect.objectContaining({ requestId: id, clientAddress: '127.0.0.1' })]);
  });
});
