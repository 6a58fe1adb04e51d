import { randomUUID } from 'node:crypto';
import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  CAR_WASHES,
  discharge,
  expectInvalid,
  expectProblem,
  expectRefusedByRule,
  expectStatus,
  fieldsNamed,
  inbox,
  NAMED_PERSONS,
  type OrderInput,
  readOrder,
  recordBreach,
  recordOrder,
  stopAndCheckEveryResponse,
  vary,
} from './support/stor-steps.js';

const BOTH_CONSENT = { subject: true, chiefOfficer: true };
const NO_CONSENT = { subject: false, chiefOfficer: false };

// The clock says 23 November 2026. Each test records its own Kent order, made 14 March 2025 unless
// it says otherwise, with two prohibitions "until further order".
describe('an order manager records what a court later decides: variation and discharge', () => {
  let stor: StorTestApp;
  let kentManager: string;

  beforeAll(async () => {
    stor = await StorTestApp.start();
    kentManager = await stor.token({ role: 'order-manager', force: 'kent' });
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  /** A fresh Kent order, as the register shows it once recorded. */
  async function kentOrder(overrides: Partial<OrderInput> = {}) {
    const made = await recordOrder(
      stor,
      kentManager,
      anOrder({
        subject: { forenames: 'Costel', surname: 'Moraru', dateOfBirth: '1981-03-03' },
        prohibitions: [
          { text: CAR_WASHES, until: null },
          { text: NAMED_PERSONS, until: null },
        ],
        ...overrides,
      }),
    );
    const order = await readOrder(stor, kentManager, made.orderId, made.position);
    const ids = order.prohibitions.map((p: { prohibitionId: string }) => p.prohibitionId) as string[];
    return { orderId: made.orderId, version: order.version as number, ids };
  }

  describe('variation', () => {
    test('with If-Match of the version last read: 200 with the new version and position; the new prohibition is in force', async () => {
      const { orderId } = await kentOrder();
      const response = await vary(
        stor,
        kentManager,
        orderId,
        { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not hold more than one mobile phone', until: '2031-05-31' }] },
        { 'If-Match': '1' },
      );

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ version: 2, position: expect.any(Number) });
      const order = await readOrder(stor, kentManager, orderId, response.body.position);
      expect(order.version).toBe(2);
      expect(order.prohibitions).toHaveLength(3);
      expect(order.prohibitions[2]).toMatchObject({ prohibitionId: expect.any(String), text: 'Must not hold more than one mobile phone', until: '2031-05-31', status: 'in-force' });
    });

    test('If-Match of a version that is no longer current: 409, and nothing changes', async () => {
      const { orderId } = await kentOrder();
      expectStatus(await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }, { 'If-Match': '1' }), 200);

      const stale = await vary(stor, kentManager, orderId, { variedOn: '2026-07-01', addProhibitions: [{ text: 'Must not own a van', until: null }] }, { 'If-Match': '1' });
      expectProblem(stale, 409);

      const fresh = await vary(stor, kentManager, orderId, { variedOn: '2026-07-01', addProhibitions: [{ text: 'Must not own a van', until: null }] }, { 'If-Match': '2' });
      expectStatus(fresh, 200);
      const order = await readOrder(stor, kentManager, orderId, fresh.body.position);
      expect(order.version).toBe(3);
      expect(order.prohibitions.filter((p: { text: string }) => p.text === 'Must not own a van')).toHaveLength(1);
    });

    test('a variation may only add, or only remove: a list left out is an empty one; one that changes nothing is still refused', async () => {
      const { orderId, ids } = await kentOrder();
      const variations = (body: object) => stor.request('POST', `/api/orders/${orderId}/variations`, { token: kentManager, body: { court: 'Maidstone Crown Court', ...body } });
      expectStatus(await variations({ variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }), 200);
      const removed = await variations({ variedOn: '2026-07-01', removeProhibitionIds: [ids[0]] });
      expectStatus(removed, 200);

      const order = await readOrder(stor, kentManager, orderId, removed.body.position);
      const inForce = order.prohibitions.filter((p: { status: string }) => p.status === 'in-force').map((p: { text: string }) => p.text);
      expect(inForce).toEqual([NAMED_PERSONS, 'Must not drive a minibus']);
      expectProblem(await variations({ variedOn: '2026-08-01' }), 422);
    });

    test('an If-Match that is not a version: 400 naming If-Match', async () => {
      const { orderId } = await kentOrder();
      expectInvalid(await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }, { 'If-Match': 'latest' }), 'If-Match');
    });

    test('R9 runs from the day of the variation: a prohibition added on 1 June 2026 must last to 31 May 2031', async () => {
      const { orderId } = await kentOrder();
      const fromMadeOn = await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: '2030-03-13' }] });
      expectRefusedByRule(fromMadeOn, 'R9', 'addProhibitions[0].until');
      const oneDayShort = await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: '2031-05-30' }] });
      expectRefusedByRule(oneDayShort, 'R9', 'addProhibitions[0].until');
      expectStatus(await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: '2031-05-31' }] }), 200);
    });

    test('a removed prohibition shows as removed; the other stays in force', async () => {
      const { orderId, ids } = await kentOrder();
      const response = await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', removeProhibitionIds: [ids[0]] }, { 'If-Match': '1' });
      expectStatus(response, 200);

      const order = await readOrder(stor, kentManager, orderId, response.body.position);
      expect(order.status).toBe('active');
      expect(order.prohibitions).toEqual([
        expect.objectContaining({ prohibitionId: ids[0], text: CAR_WASHES, status: 'removed' }),
        expect.objectContaining({ prohibitionId: ids[1], text: NAMED_PERSONS, status: 'in-force' }),
      ]);
    });

    test('removing every prohibition is refused: 422 (that is a discharge)', async () => {
      const { orderId, ids } = await kentOrder();
      const response = await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', removeProhibitionIds: ids });
      expectProblem(response, 422);
      expect(fieldsNamed(response)).toContain('removeProhibitionIds');
    });

    test('removing a prohibition the order does not have: 422 naming it', async () => {
      const { orderId } = await kentOrder();
      const response = await vary(stor, kentManager, orderId, { variedOn: '2026-06-01', removeProhibitionIds: [randomUUID()] });
      expectProblem(response, 422);
      expect(fieldsNamed(response)).toContain('removeProhibitionIds[0]');
    });

    test('a variation dated in the future: 422', async () => {
      const { orderId } = await kentOrder();
      const response = await vary(stor, kentManager, orderId, { variedOn: '2026-11-24', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] });
      expectProblem(response, 422);
      expect(fieldsNamed(response)).toContain('variedOn');
    });

    test.each([
      ['an order manager of Sussex', { role: 'order-manager' as const, force: 'sussex' }],
      ['an officer of Kent', { role: 'officer' as const, force: 'kent' }],
      ['the eastern ROCU', { role: 'rocu' as const, region: 'eastern' }],
      ['a national user', { role: 'national' as const }],
      ['an auditor', { role: 'auditor' as const }],
    ])('%s may not vary a Kent order: 403', async (_who, who) => {
      const { orderId } = await kentOrder();
      expectProblem(await vary(stor, await stor.token(who), orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }), 403);
    });

    test('without a token: 401', async () => {
      const { orderId } = await kentOrder();
      expectProblem(await vary(stor, '', orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }), 401);
    });

    test('an order the register does not hold: 404', async () => {
      expectProblem(await vary(stor, kentManager, randomUUID(), { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }), 404);
    });
  });

  describe('discharge', () => {
    test('R22: an STPO within five years of being made, without the consent of both the subject and the chief officer: 422', async () => {
      const { orderId } = await kentOrder();
      for (const consent of [NO_CONSENT, { subject: true, chiefOfficer: false }, { subject: false, chiefOfficer: true }]) {
        expectRefusedByRule(await discharge(stor, kentManager, orderId, { dischargedOn: '2026-11-01', consent }), 'R22', 'consent');
      }
    });

    test('with both consents: 200, and the order is discharged', async () => {
      const { orderId } = await kentOrder();
      const response = await discharge(stor, kentManager, orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }, { 'If-Match': '1' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ version: 2, position: expect.any(Number) });

      const order = await readOrder(stor, kentManager, orderId, response.body.position);
      expect(order.status).toBe('discharged');
      expect(order.prohibitions.map((p: { status: string }) => p.status)).toEqual(['removed', 'removed']);

      const alerts = await inbox(stor, kentManager, 'kent', response.body.position);
      expect(alerts.filter((a) => a.orderId === orderId).map((a) => a.kind)).toEqual(['order-ended', 'order-made']);
    });

    test('an order already discharged cannot be discharged again, nor varied: 422', async () => {
      const { orderId } = await kentOrder();
      expectStatus(await discharge(stor, kentManager, orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }), 200);

      expectProblem(await discharge(stor, kentManager, orderId, { dischargedOn: '2026-11-02', consent: BOTH_CONSENT }), 422);
      expectProblem(await vary(stor, kentManager, orderId, { variedOn: '2026-11-02', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }), 422);
    });

    test('after a discharge, a breach dated on or after it is refused (422); one dated before it is still accepted (201, a late report)', async () => {
      const { orderId, ids } = await kentOrder();
      expectStatus(await discharge(stor, kentManager, orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }), 200);
      const sussexManager = await stor.token({ role: 'order-manager', force: 'sussex' });

      const after = await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-11-10', locationForce: 'sussex', prohibitionIds: [ids[0]] });
      expectProblem(after, 422);
      expect(fieldsNamed(after)).toContain('occurredOn');
      expectProblem(await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-11-01', locationForce: 'sussex', prohibitionIds: [ids[0]] }), 422);

      const before = await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-10-31', locationForce: 'sussex', prohibitionIds: [ids[0]] });
      expectStatus(before, 201);
      const order = await readOrder(stor, kentManager, orderId, before.body.position);
      expect(order.status).toBe('discharged');
      expect(order.breaches).toEqual([expect.objectContaining({ breachId: before.body.breachId, occurredOn: '2026-10-31' })]);
    });

    test('R22: an STPO made more than five years ago may be discharged without consent (made 10 March 2020, discharged 10 March 2025)', async () => {
      const { orderId } = await kentOrder({ madeOn: '2020-03-10' });
      expectRefusedByRule(await discharge(stor, kentManager, orderId, { dischargedOn: '2025-03-09', consent: NO_CONSENT }), 'R22');
      expectStatus(await discharge(stor, kentManager, orderId, { dischargedOn: '2025-03-10', consent: NO_CONSENT }), 200);
    });

    test('R23: the bar for an STRO is two years (made 1 June 2024: refused on 31 May 2026 without consent, accepted on 1 June 2026)', async () => {
      const { orderId } = await kentOrder({ type: 'STRO', madeOn: '2024-06-01', court: 'Medway Magistrates’ Court' });
      expectRefusedByRule(await discharge(stor, kentManager, orderId, { dischargedOn: '2026-05-31', consent: NO_CONSENT }), 'R23', 'consent');
      const accepted = await discharge(stor, kentManager, orderId, { dischargedOn: '2026-06-01', consent: NO_CONSENT });
      expectStatus(accepted, 200);
      expect((await readOrder(stor, kentManager, orderId, accepted.body.position)).status).toBe('discharged');
    });

    test('a stale If-Match: 409', async () => {
      const { orderId } = await kentOrder();
      expectProblem(await discharge(stor, kentManager, orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }, { 'If-Match': '7' }), 409);
    });

    test.each([
      ['an order manager of Sussex', { role: 'order-manager' as const, force: 'sussex' }],
      ['an officer of Kent', { role: 'officer' as const, force: 'kent' }],
      ['the eastern ROCU', { role: 'rocu' as const, region: 'eastern' }],
      ['a national user', { role: 'national' as const }],
      ['an auditor', { role: 'auditor' as const }],
    ])('%s may not discharge a Kent order: 403', async (_who, who) => {
      const { orderId } = await kentOrder();
      expectProblem(await discharge(stor, await stor.token(who), orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }), 403);
    });

    test('without a token: 401', async () => {
      const { orderId } = await kentOrder();
      expectProblem(await discharge(stor, '', orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }), 401);
    });

    test('an order the register does not hold: 404', async () => {
      expectProblem(await discharge(stor, kentManager, randomUUID(), { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }), 404);
    });

    test('consent must say yes or no for both: 400 naming each', async () => {
      const { orderId } = await kentOrder();
      const response = await stor.request('POST', `/api/orders/${orderId}/discharge`, {
        token: kentManager,
        body: { court: 'Maidstone Crown Court', dischargedOn: '2026-11-01', consent: { subject: 'yes' } },
      });
      expectInvalid(response, 'consent.subject', 'consent.chiefOfficer');
    });
  });
});
