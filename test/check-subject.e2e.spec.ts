import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  CAR_WASHES,
  check,
  discharge,
  expectInvalid,
  expectProblem,
  expectStatus,
  type Match,
  matchesFor,
  NAMED_PERSONS,
  type Outcome,
  readOrder,
  recordOrder,
  stopAndCheckEveryResponse,
} from './support/stor-steps.js';

// An officer at the roadside asks: does this person have an active order? The register holds:
//   Łukasz Nguyễn (b. 14 Jul 1985)         — Kent STPO
//   Seán O'Neill (b. 3 Mar 1979)           — Met STRO
//   Jan Kowalski (b. 2 May 1980), alias John Kowal, PNC 2003/1234567Q — Sussex STPO
//   Jan Kowalski (b. 30 Nov 1992)          — Essex STPO (another man of the same name)
//   Adriana Popescu (b. 1 Jan 1990)        — Kent STPO, discharged
//   Mirela Dumitru (b. 8 Aug 1991)         — Kent STPO made 2015 whose only prohibition ran out in 2020
describe('an officer checks whether a person has an active order', () => {
  let stor: StorTestApp;
  let officer: string;
  const orders: Record<string, Outcome> = {};

  beforeAll(async () => {
    stor = await StorTestApp.start();
    const manager = (force: string) => stor.token({ role: 'order-manager', force });
    officer = await stor.token({ role: 'officer', force: 'cumbria' });

    orders.lukasz = await recordOrder(
      stor,
      await manager('kent'),
      anOrder({ subject: { forenames: 'Łukasz', surname: 'Nguyễn', dateOfBirth: '1985-07-14' }, prohibitions: [{ text: CAR_WASHES, until: null }] }),
    );
    orders.sean = await recordOrder(
      stor,
      await manager('met'),
      anOrder({
        type: 'STRO',
        owningForce: 'met',
        court: 'Westminster Magistrates’ Court',
        madeOn: '2025-06-01',
        subject: { forenames: 'Seán', surname: "O'Neill", dateOfBirth: '1979-03-03' },
        prohibitions: [{ text: 'Must not recruit anyone for work in a nail bar', until: '2028-06-01' }],
      }),
    );
    orders.janSussex = await recordOrder(
      stor,
      await manager('sussex'),
      anOrder({
        owningForce: 'sussex',
        court: 'Lewes Crown Court',
        subject: { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [{ forenames: 'John', surname: 'Kowal' }], pncId: '2003/1234567Q' },
        prohibitions: [
          { text: CAR_WASHES, until: '2031-01-01' },
          { text: NAMED_PERSONS, until: null },
        ],
      }),
    );
    orders.janEssex = await recordOrder(
      stor,
      await manager('essex'),
      anOrder({ owningForce: 'essex', court: 'Chelmsford Crown Court', subject: { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1992-11-30' } }),
    );
    const kent = await manager('kent');
    orders.adriana = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Adriana', surname: 'Popescu', dateOfBirth: '1990-01-01' } }));
    const discharged = await discharge(stor, kent, orders.adriana.orderId, { dischargedOn: '2026-01-15', consent: { subject: true, chiefOfficer: true } });
    expectStatus(discharged, 200);
    orders.mirela = await recordOrder(
      stor,
      kent,
      anOrder({
        madeOn: '2015-01-10',
        subject: { forenames: 'Mirela', surname: 'Dumitru', dateOfBirth: '1991-08-08' },
        prohibitions: [{ text: CAR_WASHES, until: '2020-01-10' }],
      }),
    );
    // The register catches up with every write; then the daily clock expires Mirela Dumitru's order.
    await readOrder(stor, officer, orders.mirela.orderId, orders.mirela.position);
    await stor.tickClock();
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  const only = (matches: Match[], surname: string) => matches.filter((m) => m.surname === surname);

  describe('finding the person', () => {
    test('an officer of any force (Cumbria) finds a subject whose order Kent owns', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Łukasz Nguyễn' });
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ forenames: 'Łukasz', surname: 'Nguyễn', dateOfBirth: '1985-07-14' });
      expect(matches[0].activeOrders).toEqual([expect.objectContaining({ orderId: orders.lukasz.orderId, type: 'STPO', owningForce: 'kent' })]);
    });

    test.each(['lukasz nguyen', 'LUKASZ NGUYEN', 'Lukasz Nguyen', 'nguyen lukasz'])(
      'case and accents do not matter: %j finds Łukasz Nguyễn',
      async (typed) => {
        const matches = await matchesFor(stor, officer, { name: typed });
        expect(matches.map((m) => m.subjectId)).toContain((await subjectOf(orders.lukasz)).subjectId);
      },
    );

    test.each(['oneill', "Sean O'Neill", 'Sean ONeill', 'SEÁN O’NEILL'])("an apostrophe does not matter: %j finds Seán O'Neill", async (typed) => {
      const matches = await matchesFor(stor, officer, { name: typed });
      expect(matches.map((m) => m.surname)).toContain("O'Neill");
    });

    test('aliases are searched: "John Kowal" finds Jan Kowalski, who uses that name', async () => {
      const matches = await matchesFor(stor, officer, { name: 'John Kowal' });
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' });
      expect(matches[0].activeOrders.map((o) => o.orderId)).toEqual([orders.janSussex.orderId]);
    });

    test('name parts in any order: "Kowalski Jan" finds both men called Jan Kowalski', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Kowalski Jan' });
      expect(only(matches, 'Kowalski').map((m) => m.dateOfBirth).sort()).toEqual(['1980-05-02', '1992-11-30']);
    });

    test('a year of birth tells the two men called Jan Kowalski apart: only the one born that year', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Jan Kowalski', dateOfBirth: '1992' });
      expect(only(matches, 'Kowalski').map((m) => m.dateOfBirth)).toEqual(['1992-11-30']);
    });

    test('a full date of birth tells them apart: only the Jan Kowalski born that day', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Jan Kowalski', dateOfBirth: '1980-05-02' });
      expect(only(matches, 'Kowalski').map((m) => m.dateOfBirth)).toEqual(['1980-05-02']);
      expect(matches[0]).toMatchObject({ band: 'strong' });
    });

    test('a date of birth alone is refused: it narrows a name, never lists the register by year', async () => {
      expectInvalid(await check(stor, officer, { dateOfBirth: '1985' }), 'name');
      expectInvalid(await check(stor, officer, { dateOfBirth: '1985-07-14' }), 'name');
    });

    test('a PNC ID alone is enough, and an exact PNC ID match is decisive: score 1', async () => {
      const matches = await matchesFor(stor, officer, { pncId: '2003/1234567Q' });
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', pncId: '2003/1234567Q', score: 1 });
    });

    test('the PNC ID may be typed in its short form', async () => {
      const matches = await matchesFor(stor, officer, { pncId: '03/1234567Q' });
      expect(matches.map((m) => m.pncId)).toEqual(['2003/1234567Q']);
    });

    test('the PNC ID holder scores 1 even when the name and date of birth typed point at another man', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Jan Kowalski', dateOfBirth: '1992-11-30', pncId: '2003/1234567Q' });
      expect(matches.find((m) => m.pncId === '2003/1234567Q')).toMatchObject({ dateOfBirth: '1980-05-02', score: 1 });
    });

    // Regression: reported by the end-to-end suite and fixed; the test states the behaviour the law and API.md ask for.
    test('an exact PNC ID match is decisive: it ranks strictly above a man who only shares the name and date of birth typed', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Jan Kowalski', dateOfBirth: '1992-11-30', pncId: '2003/1234567Q' });
      expect(only(matches, 'Kowalski').map((m) => m.dateOfBirth)).toEqual(['1980-05-02', '1992-11-30']);
      expect(matches[0].score).toBe(1);
      expect(matches[1].score).toBeLessThan(1);
    });

    test('matches come best first', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Jan Kowalski' });
      expect(matches.length).toBeGreaterThan(1);
      const scores = matches.map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    test('nobody on the register: no matches', async () => {
      expect(await matchesFor(stor, officer, { name: 'Zbigniew Nobody' })).toEqual([]);
    });
  });

  describe('what the officer is told', () => {
    test('each active order, with its owning force and its prohibitions in plain words', async () => {
      const [jan] = await matchesFor(stor, officer, { pncId: '2003/1234567Q' });
      expect(jan.activeOrders).toEqual([
        expect.objectContaining({
          orderId: orders.janSussex.orderId,
          type: 'STPO',
          owningForce: 'sussex',
          prohibitions: [
            expect.objectContaining({ prohibitionId: expect.any(String), text: CAR_WASHES, until: '2031-01-01' }),
            expect.objectContaining({ prohibitionId: expect.any(String), text: NAMED_PERSONS, until: null }),
          ],
        }),
      ]);
    });

    test('a discharged order is not an active order', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Adriana Popescu' });
      expect(matches).toHaveLength(1);
      expect(matches[0].activeOrders).toEqual([]);
    });

    test('an expired order is not an active order', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Mirela Dumitru' });
      expect(matches).toHaveLength(1);
      expect(matches[0].activeOrders).toEqual([]);
    });
  });

  describe('who may check', () => {
    test.each([
      ['an order manager', { role: 'order-manager' as const, force: 'psni' }],
      ['a ROCU user', { role: 'rocu' as const, region: 'north-west' }],
      ['a national user', { role: 'national' as const }],
    ])('%s may check too', async (_who, who) => {
      const response = await check(stor, await stor.token(who), { name: 'Jan Kowalski' });
      expectStatus(response, 200);
      expect(response.body.matches.length).toBeGreaterThan(0);
    });

    test('an auditor may not: 403', async () => {
      expectProblem(await check(stor, await stor.token({ role: 'auditor' }), { name: 'Jan Kowalski' }), 403);
    });

    test('without a token: 401', async () => {
      expectProblem(await stor.request('GET', '/api/subjects/check?name=Jan%20Kowalski'), 401);
    });

    test('with a token that is not valid: 401', async () => {
      expectProblem(await check(stor, 'not-a-token', { name: 'Jan Kowalski' }), 401);
    });
  });

  describe('asked wrongly: 400', () => {
    test('no name, date of birth or PNC ID', async () => {
      expectProblem(await stor.request('GET', '/api/subjects/check', { token: officer }), 400);
    });

    test('a PNC ID with the wrong check letter names pncId', async () => {
      expectInvalid(await check(stor, officer, { pncId: '2003/1234567R' }), 'pncId');
    });

    test('a date of birth that is no date names dateOfBirth', async () => {
      expectInvalid(await check(stor, officer, { name: 'Jan Kowalski', dateOfBirth: '1980-02-30' }), 'dateOfBirth');
      expectInvalid(await check(stor, officer, { dateOfBirth: '02/05/1980' }), 'dateOfBirth');
    });

    test('a name with no letters in it names name', async () => {
      expectInvalid(await check(stor, officer, { name: "- '" }), 'name');
    });

    test('a parameter STOR does not know is named', async () => {
      expectInvalid(await check(stor, officer, { name: 'Jan Kowalski', shoeSize: '9' }), 'shoeSize');
    });
  });

  async function subjectOf(outcome: Outcome) {
    const order = await readOrder(stor, officer, outcome.orderId);
    return order.subject as { subjectId: string };
  }
});
