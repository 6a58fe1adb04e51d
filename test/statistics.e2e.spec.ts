import { StorTestApp } from './support/stor-app.js';
import { anOrder, discharge, expectInvalid, expectStatus, type Outcome, readOrder, recordBreach, recordOrder, stopAndCheckEveryResponse } from './support/stor-steps.js';

// Clock: 23 November 2026. Kent obtained an STPO (2025, breached once) and an STRO (2026);
// Sussex (South East) an STPO (2025) since discharged; Cumbria (North West) an STPO (2024).
let stor: StorTestApp;
let last: Outcome;

interface Row {
  key: string;
  label: string;
  made: number;
  active: number;
  breaches: number;
}

beforeAll(async () => {
  stor = await StorTestApp.start();
  const national = await stor.token({ role: 'national' });
  const manager = (force: string) => stor.token({ role: 'order-manager', force });
  const kentStpo = await recordOrder(stor, await manager('kent'), anOrder({ subject: { forenames: 'Doru', surname: 'Vlad', dateOfBirth: '1982-02-02' } }));
  await recordOrder(stor, await manager('kent'), anOrder({ type: 'STRO', madeOn: '2026-03-01', subject: { forenames: 'Sorin', surname: 'Enache', dateOfBirth: '1990-03-03' } }));
  const sussex = await recordOrder(
    stor,
    await manager('sussex'),
    anOrder({ owningForce: 'sussex', court: 'Lewes Crown Court', subject: { forenames: 'Viorel', surname: 'Radu', dateOfBirth: '1979-05-05' } }),
  );
  await recordOrder(
    stor,
    await manager('cumbria'),
    anOrder({ owningForce: 'cumbria', court: 'Carlisle Crown Court', madeOn: '2024-06-01', subject: { forenames: 'Liviu', surname: 'Tudor', dateOfBirth: '1988-06-06' } }),
  );
  const order = await readOrder(stor, national, kentStpo.orderId, kentStpo.position);
  expectStatus(await recordBreach(stor, await manager('kent'), kentStpo.orderId, { occurredOn: '2026-11-01', locationForce: 'kent', prohibitionIds: [order.prohibitions[0].prohibitionId] }), 201);
  const discharged = await discharge(stor, await manager('sussex'), sussex.orderId, { dischargedOn: '2026-10-01', consent: { subject: true, chiefOfficer: true } });
  expectStatus(discharged, 200);
  last = discharged.body;
});

afterAll(() => stopAndCheckEveryResponse(stor));

async function stats(token: string, by: string) {
  return stor.request('GET', `/api/stats?by=${by}&position=${last.position}`, { token });
}

const row = (rows: Row[], key: string) => rows.find((candidate) => candidate.key === key);

describe('GET /api/stats: the national figures at a glance', () => {
  test('by force: every force, with the orders it obtained, those in force today and their breaches; a force with none says 0', async () => {
    const response = await stats(await stor.token({ role: 'national' }), 'force');
    expectStatus(response, 200);
    const { rows, totals, scope, asAt } = response.body as { rows: Row[]; totals: Omit<Row, 'key' | 'label'>; scope: unknown; asAt: string };
    expect(asAt).toBe('2026-11-23');
    expect(scope).toEqual({ national: true });
    expect(rows).toHaveLength(46);
    expect(row(rows, 'kent')).toEqual({ key: 'kent', label: 'Kent Police', made: 2, active: 2, breaches: 1 });
    expect(row(rows, 'sussex')).toMatchObject({ made: 1, active: 0, breaches: 0 });
    expect(row(rows, 'cumbria')).toMatchObject({ made: 1, active: 1 });
    expect(row(rows, 'dorset')).toMatchObject({ made: 0, active: 0, breaches: 0 });
    expect(totals).toEqual({ made: 4, active: 3, breaches: 1 });
  });

  test('by year: each year from the first order to this one, a year with none included', async () => {
    const { body } = await stats(await stor.token({ role: 'national' }), 'year');
    expect((body.rows as Row[]).map(({ key, made }) => [key, made])).toEqual([
      ['2024', 1],
      ['2025', 2],
      ['2026', 1],
    ]);
  });

  test('by type: every order type in words', async () => {
    const { body } = await stats(await stor.token({ role: 'national' }), 'type');
    expect(row(body.rows, 'STPO')).toMatchObject({ label: 'STPO', made: 3, active: 2 });
    expect(row(body.rows, 'STRO')).toMatchObject({ made: 1, active: 1 });
    expect(row(body.rows, 'TEPO')).toMatchObject({ made: 0 });
  });

  test("a ROCU sees its own region's forces only", async () => {
    const { body } = await stats(await stor.token({ role: 'rocu', region: 'eastern' }), 'force');
    expect(body.scope).toEqual({ region: 'eastern' });
    expect(row(body.rows, 'kent')).toMatchObject({ made: 2, active: 2, breaches: 1 });
    expect(row(body.rows, 'sussex')).toBeUndefined();
    expect(row(body.rows, 'cumbria')).toBeUndefined();
    expect(body.totals).toEqual({ made: 2, active: 2, breaches: 1 });
  });

  test('officers and order managers are refused; an unknown key is a 400 naming `by`', async () => {
    expectStatus(await stats(await stor.token({ role: 'officer', force: 'kent' }), 'force'), 403);
    expectStatus(await stats(await stor.token({ role: 'order-manager', force: 'kent' }), 'force'), 403);
    expectInvalid(await stats(await stor.token({ role: 'national' }), 'colour'), 'by');
  });
});

describe('GET /api/stats by year, type and force at once: the cross-tabulation', () => {
  test('one row for each year, type and force with an order, each part named; the totals match the other keys', async () => {
    const { body } = await stats(await stor.token({ role: 'national' }), 'year-type-force');
    expect(body.rows).toEqual([
      { key: '2024|STPO|cumbria', year: '2024', type: 'STPO', force: 'cumbria', label: '2024, STPO, Cumbria Constabulary', made: 1, active: 1, breaches: 0 },
      { key: '2025|STPO|kent', year: '2025', type: 'STPO', force: 'kent', label: '2025, STPO, Kent Police', made: 1, active: 1, breaches: 1 },
      { key: '2025|STPO|sussex', year: '2025', type: 'STPO', force: 'sussex', label: '2025, STPO, Sussex Police', made: 1, active: 0, breaches: 0 },
      { key: '2026|STRO|kent', year: '2026', type: 'STRO', force: 'kent', label: '2026, STRO, Kent Police', made: 1, active: 1, breaches: 0 },
    ]);
    expect(body.totals).toEqual({ made: 4, active: 3, breaches: 1 });
  });

  test("a ROCU's cross-tabulation holds its region's forces only", async () => {
    const { body } = await stats(await stor.token({ role: 'rocu', region: 'eastern' }), 'year-type-force');
    expect((body.rows as Row[]).map((r) => r.key)).toEqual(['2025|STPO|kent', '2026|STRO|kent']);
  });
});

describe('GET /api/stats/breaches: breaches and what became of them', () => {
  const breaches = async (token: string, by: string) => stor.request('GET', `/api/stats/breaches?by=${by}&position=${last.position}`, { token });

  test('by outcome: every outcome in words, a breach with none recorded yet counted as such, ever and in the last twelve months', async () => {
    const response = await breaches(await stor.token({ role: 'national' }), 'outcome');
    expectStatus(response, 200);
    expect(response.body.asAt).toBe('2026-11-23');
    expect(response.body.rows.map((r: { key: string }) => r.key)).toEqual(['none-yet', 'charged', 'convicted', 'acquitted', 'cautioned', 'no-further-action']);
    expect(response.body.rows[0]).toEqual({ key: 'none-yet', label: 'No outcome recorded yet', breaches: 1, lastTwelveMonths: 1 });
    expect(response.body.totals).toEqual({ breaches: 1, lastTwelveMonths: 1 });
  });

  test('by force: by the force where the breach happened, every force included', async () => {
    const { body } = await breaches(await stor.token({ role: 'national' }), 'force');
    expect(body.rows).toHaveLength(46);
    expect(body.rows.find((r: { key: string }) => r.key === 'kent')).toEqual({ key: 'kent', label: 'Kent Police', breaches: 1, lastTwelveMonths: 1 });
    expect(body.rows.find((r: { key: string }) => r.key === 'sussex')).toMatchObject({ breaches: 0, lastTwelveMonths: 0 });
  });

  test("a ROCU counts the breaches that happened in its region's forces; others are refused; an unknown key is a 400", async () => {
    const south = await breaches(await stor.token({ role: 'rocu', region: 'south-east' }), 'force');
    expect(south.body.scope).toEqual({ region: 'south-east' });
    expect(south.body.rows.map((r: { key: string }) => r.key)).toEqual(['hampshire', 'surrey', 'sussex', 'thames-valley']);
    expect(south.body.totals).toEqual({ breaches: 0, lastTwelveMonths: 0 });
    expectStatus(await breaches(await stor.token({ role: 'officer', force: 'kent' }), 'outcome'), 403);
    expectInvalid(await breaches(await stor.token({ role: 'national' }), 'colour'), 'by');
  });
});
