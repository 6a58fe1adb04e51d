import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  CAR_WASHES,
  expectProblem,
  expectRefusedByRule,
  expectInvalid,
  fieldsNamed,
  matchesFor,
  NAMED_PERSONS,
  readOrder,
  recordOrder,
  stopAndCheckEveryResponse,
  UUID,
} from './support/stor-steps.js';

// The clock says 23 November 2026 throughout.
describe('an order manager records an order a court has made', () => {
  let stor: StorTestApp;
  let kentManager: string;
  let officer: string;

  beforeAll(async () => {
    stor = await StorTestApp.start();
    kentManager = await stor.token({ role: 'order-manager', force: 'kent' });
    officer = await stor.token({ role: 'officer', force: 'met' });
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  describe('recorded', () => {
    test('Kent records an STPO it owns: 201 with the order id, version 1 and the log position', async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({
          subject: { forenames: 'Tomasz', surname: 'Wiśniewski', dateOfBirth: '1977-02-11' },
          prohibitions: [
            { text: CAR_WASHES, until: '2030-03-14' },
            { text: NAMED_PERSONS, until: null },
          ],
        }),
      });

      expect(response.status).toBe(201);
      expect(response.contentType).toMatch(/^application\/json/);
      expect(response.body).toEqual({ orderId: expect.stringMatching(UUID), version: 1, position: expect.any(Number) });
      expect(response.body.position).toBeGreaterThan(0);

      const order = await readOrder(stor, officer, response.body.orderId, response.body.position);
      expect(order).toMatchObject({
        orderId: response.body.orderId,
        type: 'STPO',
        status: 'active',
        owningForce: 'kent',
        court: 'Maidstone Crown Court',
        madeOn: '2025-03-14',
        subject: { forenames: 'Tomasz', surname: 'Wiśniewski', dateOfBirth: '1977-02-11' },
        breaches: [],
        version: 1,
      });
      expect(order.prohibitions).toEqual([
        expect.objectContaining({ prohibitionId: expect.any(String), text: CAR_WASHES, until: '2030-03-14', status: 'in-force' }),
        expect.objectContaining({ prohibitionId: expect.any(String), text: NAMED_PERSONS, until: null, status: 'in-force' }),
      ]);
      expect(order.prohibitions[0].prohibitionId).not.toBe(order.prohibitions[1].prohibitionId);
    });

    test('an STRO with one fixed prohibition of two years and one "until further order"', async () => {
      const made = await recordOrder(
        stor,
        kentManager,
        anOrder({
          type: 'STRO',
          court: 'Medway Magistrates’ Court',
          madeOn: '2026-01-05',
          subject: { forenames: 'Ardit', surname: 'Hoxha', dateOfBirth: '1995-09-30' },
          prohibitions: [
            { text: 'Must not be in a vehicle with more than two adults who are not family', until: '2028-01-04' },
            { text: NAMED_PERSONS, until: null },
          ],
        }),
      );

      const order = await readOrder(stor, officer, made.orderId, made.position);
      expect(order).toMatchObject({ type: 'STRO', status: 'active', madeOn: '2026-01-05' });
      expect(order.prohibitions.map((p: { until: string | null }) => p.until)).toEqual(['2028-01-04', null]);
    });

    test("the subject's aliases are kept with the order", async () => {
      const aliases = [
        { forenames: 'Vasile', surname: 'Pop' },
        { forenames: 'Vasi', surname: 'Popescu-Ionescu' },
      ];
      const made = await recordOrder(stor, kentManager, anOrder({ subject: { forenames: 'Vasile', surname: 'Popescu', dateOfBirth: '1988-04-01', aliases } }));

      const order = await readOrder(stor, officer, made.orderId, made.position);
      expect(order.subject.aliases).toEqual(aliases);
    });

    test.each([
      ['long form', '2003/1234567Q', '2003/1234567Q'],
      ['short form', '79/123456T', '1979/0123456T'],
      ['short form without the slash, in lower case', '79123456t', '1979/0123456T'],
    ])('a PNC ID in %s is stored in its canonical long form', async (_form, written, canonical) => {
      const made = await recordOrder(stor, kentManager, anOrder({ subject: { forenames: 'Ion', surname: `Pnc-${written.length}`, pncId: written } }));

      const order = await readOrder(stor, officer, made.orderId, made.position);
      expect(order.subject.pncId).toBe(canonical);
    });

    test('a PNC ID whose check letter is wrong is refused: 400 naming subject.pncId', async () => {
      const response = await stor.request('POST', '/api/orders', { token: kentManager, body: anOrder({ subject: { pncId: '79/123456U' } }) });
      expectInvalid(response, 'subject.pncId');
    });

    test('a second order against a subject already on the register reuses the subject: a check finds one person with both orders', async () => {
      const sussexManager = await stor.token({ role: 'order-manager', force: 'sussex' });
      const first = await recordOrder(stor, kentManager, anOrder({ subject: { forenames: 'Bogdan', surname: 'Zielinski', dateOfBirth: '1983-12-24' } }));
      const { subject } = await readOrder(stor, officer, first.orderId, first.position);
      expect(subject.subjectId).toMatch(UUID);

      const second = await recordOrder(
        stor,
        sussexManager,
        anOrder({
          type: 'STRO',
          owningForce: 'sussex',
          court: 'Brighton Magistrates’ Court',
          madeOn: '2026-02-02',
          subject: { subjectId: subject.subjectId, forenames: 'Bogdan', surname: 'Zielinski', dateOfBirth: '1983-12-24' },
        }),
      );
      expect(second.orderId).not.toBe(first.orderId);
      const secondOrder = await readOrder(stor, officer, second.orderId, second.position);
      expect(secondOrder.subject.subjectId).toBe(subject.subjectId);

      const matches = await matchesFor(stor, officer, { name: 'Bogdan Zielinski' });
      expect(matches).toHaveLength(1);
      expect(matches[0].subjectId).toBe(subject.subjectId);
      expect(matches[0].activeOrders.map((o) => o.orderId).sort()).toEqual([first.orderId, second.orderId].sort());
    });
  });

  describe('refused: who may record it', () => {
    test('an officer may not record an order: 403', async () => {
      const response = await stor.request('POST', '/api/orders', { token: officer, body: anOrder() });
      expectProblem(response, 403);
    });

    test('an order manager of Sussex may not record an order owned by Kent: 403', async () => {
      const sussexManager = await stor.token({ role: 'order-manager', force: 'sussex' });
      const response = await stor.request('POST', '/api/orders', { token: sussexManager, body: anOrder({ owningForce: 'kent' }) });
      expectProblem(response, 403);
    });

    test.each([
      ['a ROCU user', { role: 'rocu' as const, region: 'eastern' }],
      ['a national user', { role: 'national' as const }],
      ['an auditor', { role: 'auditor' as const }],
    ])('%s may not record an order: 403', async (_who, who) => {
      const response = await stor.request('POST', '/api/orders', { token: await stor.token(who), body: anOrder() });
      expectProblem(response, 403);
    });

    test('without a token: 401', async () => {
      expectProblem(await stor.request('POST', '/api/orders', { body: anOrder() }), 401);
    });
  });

  describe('refused: what the law does not allow (422 naming the rule)', () => {
    test('R9: an STPO prohibition shorter than five years', async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({ madeOn: '2025-03-14', prohibitions: [{ text: CAR_WASHES, until: '2028-03-14' }] }),
      });
      expectRefusedByRule(response, 'R9', 'prohibitions[0].until');
      expect(response.body.errors[0].field).toBe('prohibitions[0].until');
    });

    test('R9 names the prohibition at fault when it is not the first', async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({ prohibitions: [{ text: NAMED_PERSONS, until: null }, { text: CAR_WASHES, until: '2029-01-01' }] }),
      });
      expectRefusedByRule(response, 'R9', 'prohibitions[1].until');
    });

    test('R9 boundary: made 14 March 2025, a prohibition to 13 March 2030 lasts five years; to 12 March 2030 it does not', async () => {
      const subject = { forenames: 'Marek', surname: 'Boundary', dateOfBirth: '1970-01-15' };
      const fiveYears = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({ madeOn: '2025-03-14', subject, prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] }),
      });
      expect(fiveYears.status).toBe(201);

      const oneDayShort = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({ madeOn: '2025-03-14', subject, prohibitions: [{ text: CAR_WASHES, until: '2030-03-12' }] }),
      });
      expectRefusedByRule(oneDayShort, 'R9', 'prohibitions[0].until');
    });

    test('R10: an STRO prohibition shorter than two years (made 14 March 2025: to 12 March 2027 refused, to 13 March 2027 accepted)', async () => {
      const stro = (until: string) =>
        anOrder({ type: 'STRO', madeOn: '2025-03-14', subject: { surname: 'Risk-Boundary' }, prohibitions: [{ text: CAR_WASHES, until }] });
      expectRefusedByRule(await stor.request('POST', '/api/orders', { token: kentManager, body: stro('2027-03-12') }), 'R10', 'prohibitions[0].until');
      expect((await stor.request('POST', '/api/orders', { token: kentManager, body: stro('2027-03-13') })).status).toBe(201);
    });

    test('R11: a foreign travel prohibition "until further order"', async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({ prohibitions: [{ text: 'Must not travel to Romania', until: null, foreignTravel: { scope: 'named-countries', countries: ['RO'] } }] }),
      });
      expectRefusedByRule(response, 'R11', 'prohibitions[0].until');
    });

    test('R11: a foreign travel prohibition longer than five years', async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({
          madeOn: '2025-03-14',
          prohibitions: [{ text: 'Must not travel outside the UK', until: '2030-03-14', foreignTravel: { scope: 'all', countries: [] } }],
        }),
      });
      expectRefusedByRule(response, 'R11', 'prohibitions[0].until');
    });

    test('R11: a foreign travel prohibition of exactly five years, or of one year on an STPO, is accepted', async () => {
      const travel = (until: string) =>
        anOrder({
          madeOn: '2025-03-14',
          subject: { surname: 'Travel' },
          prohibitions: [{ text: 'Must not travel to France or Belgium', until, foreignTravel: { scope: 'named-countries', countries: ['FR', 'BE'] } }],
        });
      expect((await stor.request('POST', '/api/orders', { token: kentManager, body: travel('2030-03-13') })).status).toBe(201);
      expect((await stor.request('POST', '/api/orders', { token: kentManager, body: travel('2026-03-14') })).status).toBe(201);
    });

    test('R8: an order without any prohibition', async () => {
      const response = await stor.request('POST', '/api/orders', { token: kentManager, body: anOrder({ prohibitions: [] }) });
      expectRefusedByRule(response, 'R8', 'prohibitions');
    });

    test('R26: an interim order must be for a fixed period', async () => {
      const response = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({ type: 'INTERIM_STPO', prohibitions: [{ text: CAR_WASHES, until: null }] }),
      });
      expectRefusedByRule(response, 'R26', 'prohibitions[0].until');
    });

    test('an order made in the future (tomorrow, 24 November 2026)', async () => {
      const response = await stor.request('POST', '/api/orders', { token: kentManager, body: anOrder({ madeOn: '2026-11-24' }) });
      expectProblem(response, 422);
      expect(response.body.rule).toEqual(expect.any(String));
      expect(fieldsNamed(response)).toContain('madeOn');
    });

    test('an order made today is accepted', async () => {
      const response = await stor.request('POST', '/api/orders', { token: kentManager, body: anOrder({ madeOn: '2026-11-23', subject: { surname: 'Today' } }) });
      expect(response.status).toBe(201);
    });

    test('a refused order leaves nothing on the register', async () => {
      const refused = await stor.request('POST', '/api/orders', {
        token: kentManager,
        body: anOrder({ subject: { forenames: 'Refused', surname: 'Nobody' }, prohibitions: [{ text: CAR_WASHES, until: '2026-12-01' }] }),
      });
      expect(refused.status).toBe(422);
      // A later write, so the check below runs on a register that has caught up.
      const later = await recordOrder(stor, kentManager, anOrder({ subject: { forenames: 'Accepted', surname: 'Somebody' } }));
      await readOrder(stor, officer, later.orderId, later.position);

      expect(await matchesFor(stor, officer, { name: 'Refused Nobody' })).toEqual([]);
    });
  });
});
