import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  CAR_WASHES,
  check,
  expectInvalid,
  expectProblem,
  expectRefusedByRule,
  expectStatus,
  fieldsNamed,
  matchesFor,
  type Outcome,
  readOrder,
  recordOrder,
  stopAndCheckEveryResponse,
} from './support/stor-steps.js';

const KENT_CHIEF = { kind: 'chief-officer', force: 'kent' };

// Each finding that opened the issue "the check an officer can trust", as an officer or an order
// manager meets it through HTTP. Today is 23 November 2026 and the expiry clock never ticks here,
// so anything shown as ended was judged by its dates on the read itself.
describe('the check an officer can trust', () => {
  let stor: StorTestApp;
  let officer: string;
  let kent: string;
  let sussex: string;
  const orders: Record<string, Outcome> = {};

  beforeAll(async () => {
    stor = await StorTestApp.start();
    officer = await stor.token({ role: 'officer', force: 'cumbria' });
    kent = await stor.token({ role: 'order-manager', force: 'kent' });
    sussex = await stor.token({ role: 'order-manager', force: 'sussex' });
    const people = [
      { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', pncId: '2003/1234567Q' },
      { forenames: 'Ion', surname: 'Ionescu', dateOfBirth: '1975-02-11' },
      { forenames: 'Mohammed', surname: 'Al-Hassan', dateOfBirth: '1988-09-21' },
      { forenames: 'Siobhán', surname: "O'Neill", dateOfBirth: '1979-03-03' },
      { forenames: 'Aleksandr', surname: 'Petrov', dateOfBirth: '1983-12-05' },
    ];
    for (const subject of people) {
      orders[subject.surname] = await recordOrder(stor, kent, anOrder({ subject: { ...subject, aliases: [] } }));
    }
    // On a server the register follows the log a moment later: wait until it has the last order.
    const last = orders.Petrov as Outcome;
    await readOrder(stor, kent, last.orderId, last.position);
  });

  afterAll(() => stopAndCheckEveryResponse(stor));

  describe('finds the person however the name is spelled, and says why', () => {
    test.each([
      ['Jan Kowalsky', 'Kowalski'],
      ['Ionesco', 'Ionescu'],
      ['Mohamed Al Hassan', 'Al-Hassan'],
      ['Siobhan O Neill', "O'Neill"],
      ['Oleksandr Petrov', 'Petrov'],
      ['Petrov Aleksandr', 'Petrov'],
      ['Muhammad Alhassan', 'Al-Hassan'],
    ])('"%s" finds %s first, with the reasons it matched', async (name, surname) => {
      const matches = await matchesFor(stor, officer, { name });
      expect(matches[0]).toMatchObject({ surname, band: expect.stringMatching(/^(strong|possible)$/) });
      expect(matches[0].matchedOn.length).toBeGreaterThan(0);
      expect(matches[0].activeOrders).toHaveLength(1);
    });

    test('a misspelt name and the full date of birth is a strong match on the name and the date', async () => {
      const [best] = await matchesFor(stor, officer, { name: 'Jan Kowalsky', dateOfBirth: '1980-05-02' });
      expect(best).toMatchObject({ surname: 'Kowalski', band: 'strong' });
      expect(best.matchedOn).toEqual(expect.arrayContaining(['dateOfBirth']));
    });

    test('a name checked before is checked against the register as it now stands: a namesake recorded since is found', async () => {
      const first = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Zofia', surname: 'Wronsky', dateOfBirth: '1984-06-30', aliases: [] } }));
      await readOrder(stor, kent, first.orderId, first.position);
      expect((await matchesFor(stor, officer, { name: 'Zofia Wronsky' })).map((m) => m.surname)).toEqual(['Wronsky']);
      const second = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Zofia', surname: 'Wronski', dateOfBirth: '1991-01-17', aliases: [] } }));
      await readOrder(stor, kent, second.orderId, second.position);
      expect((await matchesFor(stor, officer, { name: 'Zofia Wronsky' })).map((m) => m.surname)).toEqual(['Wronsky', 'Wronski']);
    });

    test('a common surname and a year finds its bearer whose date of birth is not known, however many others bear it', async () => {
      const forenames = ['Imran', 'Bilal', 'Tariq', 'Asif', 'Sajid', 'Naveed'];
      let last: Outcome | undefined;
      for (let year = 1950; year < 2010; year++) {
        const subject = { forenames: forenames[year % forenames.length] as string, surname: 'Rehman', dateOfBirth: `${year}-03-14`, aliases: [] };
        last = await recordOrder(stor, kent, anOrder({ subject }));
      }
      const unknown = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Zahid', surname: 'Rehman', dateOfBirth: null, aliases: [] } }));
      await readOrder(stor, kent, unknown.orderId, Math.max(unknown.position, (last as Outcome).position));
      const matches = await matchesFor(stor, officer, { name: 'Rehman', dateOfBirth: '1990' });
      expect(matches.map((m) => `${m.forenames} ${m.dateOfBirth}`)).toEqual(expect.arrayContaining(['Zahid null', 'Sajid 1990-03-14']));
    });

    test('a common surname and a year finds those born that year, however many were born the year before', async () => {
      let last: Outcome | undefined;
      for (let i = 0; i < 56; i++) {
        const subject = { forenames: ['Omar', 'Yusuf', 'Idris', 'Hamza'][i % 4] as string, surname: 'Qureshi', dateOfBirth: `1989-0${1 + (i % 9)}-1${i % 10}`, aliases: [] };
        last = await recordOrder(stor, kent, anOrder({ subject }));
      }
      for (const [forenames, dateOfBirth] of [['Farid', '1990-04-02'], ['Nadeem', '1990-11-23']]) {
        last = await recordOrder(stor, kent, anOrder({ subject: { forenames: forenames as string, surname: 'Qureshi', dateOfBirth: dateOfBirth as string, aliases: [] } }));
      }
      await readOrder(stor, kent, (last as Outcome).orderId, (last as Outcome).position);
      const matches = await matchesFor(stor, officer, { name: 'Qureshi', dateOfBirth: '1990' });
      expect(matches.map((m) => m.forenames)).toEqual(expect.arrayContaining(['Farid', 'Nadeem']));
    });

    test('a rare surname and the full date of birth find the person under another forename, however many share the forename asked', async () => {
      const surnames = ['Nowak', 'Lewandowski', 'Zielinski', 'Kaminski', 'Szymanski', 'Wozniak', 'Dabrowski', 'Kozlowski'];
      let last: Outcome | undefined;
      for (let i = 0; i < 60; i++) {
        const subject = { forenames: 'Piotr', surname: surnames[i % surnames.length] as string, dateOfBirth: `198${4 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`, aliases: [] };
        last = await recordOrder(stor, kent, anOrder({ subject }));
      }
      const target = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Adam', surname: 'Grzybowski', dateOfBirth: '1985-06-15', aliases: [] } }));
      await readOrder(stor, kent, target.orderId, Math.max(target.position, (last as Outcome).position));
      const matches = await matchesFor(stor, officer, { name: 'Piotr Grzybowski', dateOfBirth: '1985-06-15' });
      expect(matches.map((m) => `${m.forenames} ${m.surname}`)).toContain('Adam Grzybowski');
      expect(matches.find((m) => m.surname === 'Grzybowski')?.matchedOn).toEqual(expect.arrayContaining(['partialName', 'dateOfBirth']));
    });

    test('a stranger who shares only a surname is not returned', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Piotr Kowalski', dateOfBirth: '1990-01-15' });
      expect(matches).toEqual([]);
    });

    test('a CRO number with a wrong check letter is a 400 naming croNumber', async () => {
      expectInvalid(await check(stor, officer, { croNumber: '123456/08U' }), 'croNumber');
    });

    test('a date of birth alone is a 400: the register cannot be listed by year', async () => {
      expectInvalid(await check(stor, officer, { dateOfBirth: '1980' }), 'name');
    });
  });

  describe('nothing ended is shown in force, whether or not the clock has run', () => {
    let historic: Outcome;

    beforeAll(async () => {
      historic = await recordOrder(
        stor,
        kent,
        anOrder({
          type: 'STRO',
          legalBasis: 's23',
          applicant: KENT_CHIEF,
          madeOn: '2015-09-01',
          subject: { forenames: 'Vasile', surname: 'Munteanu', dateOfBirth: '1970-04-04' },
          prohibitions: [{ text: CAR_WASHES, until: '2018-06-30' }],
        }),
      );
      await readOrder(stor, kent, historic.orderId, historic.position);
    });

    test('a historic STRO whose prohibitions ended in 2018 has no order in force in a check', async () => {
      const matches = await matchesFor(stor, officer, { name: 'Vasile Munteanu' });
      expect(matches).toHaveLength(1);
      expect(matches[0].activeOrders).toEqual([]);
    });

    test('the order reads as expired, its prohibition as expired', async () => {
      const order = await readOrder(stor, officer, historic.orderId);
      expect(order.status).toBe('expired');
      expect(order.prohibitions.map((p: { status: string }) => p.status)).toEqual(['expired']);
    });

    test('lists of active orders leave it out; lists of expired orders include it', async () => {
      const national = await stor.token({ role: 'national' });
      const active = await stor.request('GET', '/api/orders?status=active&pageSize=100', { token: national });
      expectStatus(active, 200);
      expect(active.body.orders.map((o: { orderId: string }) => o.orderId)).not.toContain(historic.orderId);
      const expired = await stor.request('GET', '/api/orders?status=expired&pageSize=100', { token: national });
      expect(expired.body.orders.map((o: { orderId: string; status: string }) => [o.orderId, o.status])).toContainEqual([historic.orderId, 'expired']);
    });
  });

  describe('R26: a full order ends the subject\'s interim order even when the manager does not name it', () => {
    const interim = (subject: Record<string, unknown>, until = '2027-03-01') =>
      anOrder({ type: 'INTERIM_STRO', legalBasis: 's28', applicant: KENT_CHIEF, madeOn: '2026-06-01', subject, prohibitions: [{ text: CAR_WASHES, until }] });
    const full = (subjectId: string, subject: Record<string, unknown>) =>
      anOrder({ type: 'STRO', legalBasis: 's23', applicant: KENT_CHIEF, madeOn: '2026-10-01', subject: { ...subject, subjectId }, prohibitions: [{ text: CAR_WASHES, until: null }] });

    test('with one interim STRO in force, recording the STRO ends it', async () => {
      const subject = { forenames: 'Dritan', surname: 'Hoxha', dateOfBirth: '1991-07-07' };
      const first = await recordOrder(stor, kent, interim(subject));
      const { subject: recorded } = await readOrder(stor, kent, first.orderId, first.position);
      const made = await recordOrder(stor, kent, full(recorded.subjectId, subject));
      await stor.tickClock();
      const ended = await readOrder(stor, kent, first.orderId);
      expect(ended.status).toBe('ended');
      const [match] = await matchesFor(stor, officer, { name: 'Dritan Hoxha' });
      expect(match.activeOrders.map((o) => o.orderId)).toEqual([made.orderId]);
    });

    test('with two interim STROs in force, the manager must say which: 422 naming interimOrderId', async () => {
      const subject = { forenames: 'Besnik', surname: 'Gashi', dateOfBirth: '1987-01-19' };
      const first = await recordOrder(stor, kent, interim(subject));
      const { subject: recorded } = await readOrder(stor, kent, first.orderId, first.position);
      const second = await recordOrder(stor, kent, interim({ ...subject, subjectId: recorded.subjectId }, '2027-04-01'));
      await readOrder(stor, kent, second.orderId, second.position);
      const refused = await stor.request('POST', '/api/orders', { token: kent, body: full(recorded.subjectId, subject) });
      expectRefusedByRule(refused, 'R26', 'interimOrderId');
      const named = await recordOrder(stor, kent, { ...full(recorded.subjectId, subject), interimOrderId: second.orderId });
      await stor.tickClock();
      expect((await readOrder(stor, kent, second.orderId)).status).toBe('ended');
      expect((await readOrder(stor, kent, first.orderId)).status).toBe('interim');
      expect(named.orderId).toBeDefined();
    });
  });

  describe('a subject is an identity: only an explicit, audited correction changes who a person is', () => {
    let subjectId: string;

    beforeAll(async () => {
      subjectId = (await readOrder(stor, officer, orders.Kowalski.orderId, orders.Kowalski.position)).subject.subjectId;
    });

    test("another force's order naming the subject as someone else is refused, naming each field that disagrees", async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: sussex,
        body: anOrder({ owningForce: 'sussex', madeOn: '2026-01-10', subject: { subjectId, forenames: 'Adam', surname: 'Nowak', dateOfBirth: '1990-01-01' } }),
      });
      expectRefusedByRule(response, 'subject-identity');
      expect(fieldsNamed(response)).toEqual(['subject.forenames', 'subject.surname', 'subject.dateOfBirth']);
    });

    test('after that refusal the person is unchanged and their STPO still in force', async () => {
      const [match] = await matchesFor(stor, officer, { pncId: '2003/1234567Q' });
      expect(match).toMatchObject({ subjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' });
      expect(match.activeOrders.map((o) => o.orderId)).toEqual([orders.Kowalski.orderId]);
      expect(await matchesFor(stor, officer, { name: 'Adam Nowak' })).toEqual([]);
    });

    test('an order describing the same person may add a name they use, which a check then finds', async () => {
      const added = await recordOrder(
        stor,
        sussex,
        anOrder({
          type: 'STRO',
          legalBasis: 's23',
          applicant: { kind: 'chief-officer', force: 'sussex' },
          owningForce: 'sussex',
          madeOn: '2026-01-10',
          subject: { subjectId, forenames: 'JAN', surname: 'kowalski', dateOfBirth: '1980-05-02', aliases: [{ forenames: 'Janusz', surname: 'Kowal' }] },
        }),
      );
      await readOrder(stor, sussex, added.orderId, added.position);
      const [match] = await matchesFor(stor, officer, { name: 'Janusz Kowal' });
      expect(match).toMatchObject({ subjectId, forenames: 'Jan', surname: 'Kowalski' });
      expect(match.matchedOn).toContain('alias');
    });

    test('a subject id the register does not hold is refused, naming subject.subjectId', async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: kent,
        body: anOrder({ subject: { subjectId: '00000000-0000-4000-8000-000000000000', forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02' } }),
      });
      expectRefusedByRule(response, 'subject-unknown', 'subject.subjectId');
    });

    test('an order correction cannot rename the subject: 422 pointing at the subject correction', async () => {
      const response = await stor.request('POST', `/api/orders/${orders.Kowalski.orderId}/corrections`, {
        token: kent,
        body: { correctedOn: '2026-11-23', reason: 'typo', changes: { subject: { surname: 'Nowak' } } },
      });
      expectRefusedByRule(response, 'subject-identity', 'changes.subject');
    });

    test('only an order manager of a force with an order on the subject may correct them', async () => {
      const leicestershire = await stor.token({ role: 'order-manager', force: 'leicestershire' });
      const body = { changes: { dateOfBirth: '1980-02-05' }, reason: 'Day and month transposed at entry' };
      expectProblem(await stor.request('POST', `/api/subjects/${subjectId}/corrections`, { token: leicestershire, body }), 403);
      expectProblem(await stor.request('POST', `/api/subjects/${subjectId}/corrections`, { token: officer, body }), 403);
    });

    test('a correction by the owning force changes the particulars everywhere and is kept in the history with who and why', async () => {
      const corrected = await stor.request('POST', `/api/subjects/${subjectId}/corrections`, {
        token: kent,
        body: { changes: { dateOfBirth: '1980-02-05' }, reason: 'Day and month transposed at entry' },
      });
      expectStatus(corrected, 200);
      const subject = await stor.request('GET', `/api/subjects/${subjectId}?position=${corrected.body.position}`, { token: officer });
      expect(subject.body).toMatchObject({ subjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-02-05' });
      const [match] = await matchesFor(stor, officer, { name: 'Jan Kowalski', dateOfBirth: '1980-02-05' });
      expect(match).toMatchObject({ subjectId, dateOfBirth: '1980-02-05', band: 'strong' });
      const history = await stor.request('GET', `/api/subjects/${subjectId}/history`, { token: kent });
      const correction = history.body.events.find((e: { type: string }) => e.type === 'SubjectParticularsCorrected');
      expect(correction).toMatchObject({
        recordedBy: { role: 'order-manager', force: 'kent' },
        data: { changes: { dateOfBirth: '1980-02-05' }, previous: { dateOfBirth: '1980-05-02' }, reason: 'Day and month transposed at entry' },
      });
      const auditor = await stor.token({ role: 'auditor' });
      const audit = await stor.request('GET', `/api/audit?actor=${encodeURIComponent('test:order-manager of kent')}`, { token: auditor });
      expect(JSON.stringify(audit.body)).toContain(`/api/subjects/${subjectId}/corrections`);
    });
  });

  describe('the clock records what the dates already say, within seconds, by itself', () => {
    let ticking: StorTestApp;

    beforeAll(async () => {
      ticking = await StorTestApp.start({ clockIntervalMs: 200 });
    });

    afterAll(() => stopAndCheckEveryResponse(ticking));

    test('an order entered with prohibitions already past has its expiry in its history without anyone ticking the clock', async () => {
      const manager = await ticking.token({ role: 'order-manager', force: 'kent' });
      const made = await recordOrder(
        ticking,
        manager,
        anOrder({
          type: 'STRO',
          legalBasis: 's23',
          applicant: KENT_CHIEF,
          madeOn: '2016-02-01',
          subject: { forenames: 'Sorin', surname: 'Lungu', dateOfBirth: '1969-10-10' },
          prohibitions: [{ text: CAR_WASHES, until: '2019-01-31' }],
        }),
      );
      let types: string[] = [];
      for (const deadline = Date.now() + 15_000; Date.now() < deadline && !types.includes('OrderExpired'); ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const history = await ticking.request('GET', `/api/orders/${made.orderId}/history`, { token: manager });
        types = (history.body.events ?? []).map((e: { type: string }) => e.type);
      }
      expect(types).toEqual(['OrderMade', 'ProhibitionExpired', 'OrderExpired']);
    });
  });

  describe('every input is bounded before it is walked', () => {
    test('a body nested 1,300 levels deep is a 400, not a 500', async () => {
      const deep = '{"a":'.repeat(1300) + '1' + '}'.repeat(1300);
      const response = await fetch(`${stor.baseUrl}/api/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${kent}`, 'content-type': 'application/json' },
        body: deep,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    test('a deep array in a query-sized body is a 400 too', async () => {
      const response = await fetch(`${stor.baseUrl}/api/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${kent}`, 'content-type': 'application/json' },
        body: '['.repeat(50_000) + ']'.repeat(50_000),
      });
      expect(response.status).toBe(400);
    });
  });
});
