import { StorTestApp } from './support/stor-app.js';
import {
  alertsAbout,
  anOrder,
  CAR_WASHES,
  correct,
  decideAppeal,
  discharge,
  expectInvalid,
  expectProblem,
  expectRefusedByRule,
  expectStatus,
  lodgeAppeal,
  matchesFor,
  NAMED_PERSONS,
  orderAsAt,
  orderHistory,
  prohibitionIdsOf,
  readOrder,
  recordBreach,
  recordOrder,
  renew,
  stopAndCheckEveryResponse,
  surrenderPassports,
  transfer,
  vary,
} from './support/stor-steps.js';

// What the law says about an order once it is made: renewal and variation (R11, R20, R21),
// discharge (R22, R23), supersession by a later order (R13), the end of an interim order (R26),
// appeals (R27-R30), transfer of management (R39), and the register's own rules for correcting
// a record and reading it as it stood. The clock says 23 November 2026.

const NO_CONSENT = { subject: false, chiefOfficer: false };
const BOTH_CONSENT = { subject: true, chiefOfficer: true };
const TRAVEL = 'Must not travel to the countries named in the schedule';
const namedCountries = (until: string) => ({ text: TRAVEL, until, foreignTravel: { scope: 'named-countries' as const, countries: ['RO', 'MD'] } });
const CAUTION = { offence: 'Arranging travel with a view to exploitation (MSA 2015 s2)', outcome: 'caution', decidedOn: '2024-05-01', jurisdiction: 'EW' };
const KENT_CHIEF = { kind: 'chief-officer', force: 'kent' };

type OrderOverrides = NonNullable<Parameters<typeof anOrder>[0]>;

describe('the law of an order after it is made (R11, R13, R20-R23, R26-R30, R39; corrections, as-at, history)', () => {
  let stor: StorTestApp;
  let kent: string;
  let sussex: string;
  let national: string;
  let officer: string;

  beforeAll(async () => {
    stor = await StorTestApp.start({ now: '2026-11-23T09:00:00Z' });
    kent = await stor.token({ role: 'order-manager', force: 'kent' });
    sussex = await stor.token({ role: 'order-manager', force: 'sussex' });
    national = await stor.token({ role: 'national' });
    officer = await stor.token({ role: 'officer', force: 'devon-and-cornwall' });
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  /** A Kent order (STPO made 14 March 2025 unless overridden), as the register shows it once recorded. */
  async function kentOrder(overrides: OrderOverrides = {}) {
    const made = await recordOrder(stor, kent, anOrder({ subject: { forenames: 'Costel', surname: 'Moraru', dateOfBirth: '1981-03-03' }, ...overrides }));
    const order = await readOrder(stor, national, made.orderId, made.position);
    return { orderId: made.orderId as string, ids: prohibitionIdsOf(order), subjectId: order.subject.subjectId as string, order };
  }

  describe('R11: a foreign travel prohibition is extended on renewal by five years at most each time (s18(3))', () => {
    test('R11: renewed beyond five years from the day after it would have ended is refused (422, rule R11); to exactly five years, accepted; and again five years on', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [namedCountries('2027-03-13'), { text: CAR_WASHES, until: null }] });

      expectRefusedByRule(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2032-03-14' }] }), 'R11', 'prohibitions[0].until');
      const first = await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2032-03-13' }] });
      expectStatus(first, 200);
      expect((await readOrder(stor, national, orderId, first.body.position)).prohibitions[0]).toMatchObject({ until: '2032-03-13', status: 'in-force' });

      expectRefusedByRule(await renew(stor, kent, orderId, { renewedOn: '2026-11-20', prohibitions: [{ prohibitionId: ids[0], until: '2037-03-14' }] }), 'R11', 'prohibitions[0].until');
      expectStatus(await renew(stor, kent, orderId, { renewedOn: '2026-11-20', prohibitions: [{ prohibitionId: ids[0], until: '2037-03-13' }] }), 200);
    });

    test('R11: a foreign travel prohibition cannot be renewed "until further order" (422, rule R11)', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [namedCountries('2027-03-13'), { text: CAR_WASHES, until: null }] });
      expectRefusedByRule(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: null }] }), 'R11', 'prohibitions[0].until');
    });
  });

  describe('R35: a Scottish order stays fixed on renewal', () => {
    test('R35: a TEPO prohibition renewed "until further order" is refused (422, rule R35); renewed for five years from the renewal day, accepted (200)', async () => {
      const scotland = await stor.token({ role: 'order-manager', force: 'police-scotland' });
      const made = await recordOrder(stor, scotland, anOrder({ type: 'TEPO', owningForce: 'police-scotland', court: 'Glasgow Sheriff Court', prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] }));
      const id = prohibitionIdsOf(await readOrder(stor, national, made.orderId, made.position))[0];
      const renewal = (until: string | null) => renew(stor, scotland, made.orderId, { court: 'Glasgow Sheriff Court', renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: id, until }] });
      expectRefusedByRule(await renewal(null), 'R35', 'prohibitions[0].until');
      expectRefusedByRule(await renewal('2031-10-30'), 'R35', 'prohibitions[0].until');
      expectStatus(await renewal('2031-10-31'), 200);
    });
  });

  describe('R20, R21: variation and renewal are recorded by the owning force, and obey the duration rules from their own day', () => {
    test('R20: the owning force records a variation adding a prohibition (200); it is in force from the variation day', async () => {
      const { orderId } = await kentOrder();
      const response = await vary(stor, kent, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not hold more than one mobile phone', until: null }] });
      expectStatus(response, 200);
      const order = await readOrder(stor, national, orderId, response.body.position);
      expect(order.prohibitions[1]).toMatchObject({ text: 'Must not hold more than one mobile phone', status: 'in-force', startsOn: '2026-06-01' });
    });

    test('R20: an order manager of another force may not record a variation or renewal of a Kent order (403)', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] });
      expectProblem(await vary(stor, sussex, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }), 403);
      expectProblem(await renew(stor, sussex, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2031-10-31' }] }), 403);
    });

    test('R21: an STPO prohibition renewed on 1 November 2026 must last five years from then — to 30 October 2031 is refused (422, rule R9), to 31 October 2031 accepted (200)', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] });
      expectRefusedByRule(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2031-10-30' }] }), 'R9', 'prohibitions[0].until');
      const response = await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2031-10-31' }] });
      expectStatus(response, 200);
      expect((await readOrder(stor, national, orderId, response.body.position)).prohibitions[0].until).toBe('2031-10-31');
    });

    test('R21: an STRO prohibition renewed on 1 November 2026 must last two years from then (422, rule R10; 200)', async () => {
      const { orderId, ids } = await kentOrder({ type: 'STRO', court: 'Medway Magistrates’ Court', prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] });
      expectRefusedByRule(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2028-10-30' }] }), 'R10', 'prohibitions[0].until');
      expectStatus(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2028-10-31' }] }), 200);
    });

    test('R21: a prohibition "until further order" has nothing to renew (422, renewal-not-later)', async () => {
      const { orderId, ids } = await kentOrder();
      expectRefusedByRule(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2035-01-01' }] }), 'renewal-not-later', 'prohibitions[0].until');
    });

    test('R21: a prohibition added by variation must last five years from the variation day (422, rule R9)', async () => {
      const { orderId } = await kentOrder();
      const response = await vary(stor, kent, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: '2031-05-30' }] });
      expectRefusedByRule(response, 'R9', 'addProhibitions[0].until');
    });
  });

  describe('R12: an all-countries ban added by variation or on appeal', () => {
    const SURRENDER = { policeStation: 'Maidstone Police Station', dueOn: '2026-06-08' };
    const allCountries = { text: 'Must not travel to any country outside the United Kingdom', until: '2028-05-31', foreignTravel: { scope: 'all' as const, countries: [] } };

    test('R12: a variation adding an all-countries ban with a surrender requirement is recorded (200), and the surrender under it (200)', async () => {
      const { orderId } = await kentOrder();
      expectStatus(await vary(stor, kent, orderId, { variedOn: '2026-06-01', addProhibitions: [allCountries], passportSurrender: SURRENDER }), 200);
      expectStatus(await surrenderPassports(stor, kent, orderId, { surrenderedOn: '2026-06-05', passports: ['ROU 051234567'] }), 200);
    });

    test('R12: an appeal court adding an all-countries ban with a surrender requirement is recorded (200)', async () => {
      const { orderId } = await kentOrder();
      const lodged = await lodgeAppeal(stor, kent, orderId, { lodgedOn: '2025-04-01' });
      const response = await decideAppeal(stor, kent, orderId, lodged.body.appealId, {
        outcome: 'varied',
        decidedOn: '2026-06-01',
        variation: { addProhibitions: [allCountries], removeProhibitionIds: [], passportSurrender: SURRENDER },
      });
      expectStatus(response, 200);
    });

    test('R12: a surrender requirement added by variation without an all-countries ban is refused on an E&W order (422, rule R12, field passportSurrender)', async () => {
      const { orderId } = await kentOrder();
      const response = await vary(stor, kent, orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }], passportSurrender: SURRENDER });
      expectRefusedByRule(response, 'R12', 'passportSurrender');
    });

    // Regression: reported by the end-to-end suite and fixed; the test states the behaviour the law and API.md ask for.
    test('R12: a variation adding an all-countries ban without a surrender requirement is refused (422, rule R12, field passportSurrender)', async () => {
      const { orderId } = await kentOrder();
      expectRefusedByRule(await vary(stor, kent, orderId, { variedOn: '2026-06-01', addProhibitions: [allCountries] }), 'R12', 'passportSurrender');
    });
  });

  describe('R22: an STPO is not discharged within five years without both consents (s20(6)-(7))', () => {
    test('R22: within five years, without the consent of both the subject and the chief officer, refused (422, rule R22, field consent)', async () => {
      const { orderId } = await kentOrder();
      for (const consent of [NO_CONSENT, { subject: true, chiefOfficer: false }, { subject: false, chiefOfficer: true }]) {
        expectRefusedByRule(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent }), 'R22', 'consent');
      }
    });

    test('R22: within five years with both consents, discharged (200)', async () => {
      const { orderId } = await kentOrder();
      const response = await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT });
      expectStatus(response, 200);
      expect((await readOrder(stor, national, orderId, response.body.position)).status).toBe('discharged');
    });

    test('R22: from the fifth anniversary no consent is needed (made 10 March 2020: refused on 9 March 2025, accepted on 10 March 2025)', async () => {
      const { orderId } = await kentOrder({ madeOn: '2020-03-10' });
      expectRefusedByRule(await discharge(stor, kent, orderId, { dischargedOn: '2025-03-09', consent: NO_CONSENT }), 'R22', 'consent');
      expectStatus(await discharge(stor, kent, orderId, { dischargedOn: '2025-03-10', consent: NO_CONSENT }), 200);
    });

    test('R22: an STPO whose only prohibition is a foreign travel prohibition may be discharged within five years without consent, s20(7) (200)', async () => {
      const { orderId } = await kentOrder({ prohibitions: [namedCountries('2027-03-13')] });
      expectStatus(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent: NO_CONSENT }), 200);
    });

    test('R22: with another prohibition beside the travel ban the bar applies (422); once a variation leaves only the travel ban, it does not (200)', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: null }, namedCountries('2027-03-13')] });
      expectRefusedByRule(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent: NO_CONSENT }), 'R22', 'consent');
      expectStatus(await vary(stor, kent, orderId, { variedOn: '2026-10-01', removeProhibitionIds: [ids[0]] }), 200);
      expectStatus(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent: NO_CONSENT }), 200);
    });

    test('R22: by default the bar is the STPO\'s only — an NI STPO may be discharged within five years without consent, legal review A4 (200)', async () => {
      const psni = await stor.token({ role: 'order-manager', force: 'psni' });
      const made = await recordOrder(stor, psni, anOrder({ type: 'NI_STPO', owningForce: 'psni', court: 'Belfast Crown Court' }));
      expectStatus(await discharge(stor, psni, made.orderId, { dischargedOn: '2026-11-01', consent: NO_CONSENT, court: 'Belfast Crown Court' }), 200);
    });
  });

  describe('R23: an STRO is not discharged within two years without both consents (s27(6))', () => {
    const stro = (overrides: OrderOverrides = {}) => kentOrder({ type: 'STRO', court: 'Medway Magistrates’ Court', ...overrides });

    test('R23: within two years without both consents, refused (422, rule R23, field consent); with both, discharged (200)', async () => {
      const { orderId } = await stro({ madeOn: '2025-06-01' });
      expectRefusedByRule(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent: { subject: true, chiefOfficer: false } }), 'R23', 'consent');
      expectStatus(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent: BOTH_CONSENT }), 200);
    });

    test('R23: from the second anniversary no consent is needed (made 1 June 2024: refused on 31 May 2026, accepted on 1 June 2026)', async () => {
      const { orderId } = await stro({ madeOn: '2024-06-01' });
      expectRefusedByRule(await discharge(stor, kent, orderId, { dischargedOn: '2026-05-31', consent: NO_CONSENT }), 'R23', 'consent');
      expectStatus(await discharge(stor, kent, orderId, { dischargedOn: '2026-06-01', consent: NO_CONSENT }), 200);
    });

    test('R23: an STRO whose only prohibition is foreign travel may be discharged within two years without consent, legal review A3 (200)', async () => {
      const { orderId } = await stro({ madeOn: '2025-06-01', prohibitions: [namedCountries('2027-05-31')] });
      expectStatus(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-01', consent: NO_CONSENT }), 200);
    });
  });

  describe('R13: a later order of the same kind against the same subject supersedes the earlier one', () => {
    test("R13: a second STPO for the same subject supersedes the first: 'superseded' once the register has reacted, an 'order-ended' alert to its owner, and only the new order is active", async () => {
      const first = await kentOrder({ madeOn: '2024-01-10', subject: { forenames: 'Dorin', surname: 'Ursu', dateOfBirth: '1984-04-14' } });
      const essex = await stor.token({ role: 'order-manager', force: 'essex' });
      const second = await recordOrder(
        stor,
        essex,
        anOrder({ owningForce: 'essex', court: 'Chelmsford Crown Court', madeOn: '2026-06-01', subject: { subjectId: first.subjectId, forenames: 'Dorin', surname: 'Ursu', dateOfBirth: '1984-04-14' } }),
      );
      await stor.tickClock();

      const earlier = await readOrder(stor, national, first.orderId);
      expect(earlier.status).toBe('superseded');
      expect(earlier.prohibitions.map((p: { status: string }) => p.status)).toEqual(['removed']);
      expect((await readOrder(stor, national, second.orderId)).status).toBe('active');

      const alerts = await alertsAbout(stor, kent, 'kent', first.orderId);
      expect(alerts.map((a) => a.kind)).toEqual(['order-ended', 'order-made']);

      const [dorin] = await matchesFor(stor, officer, { name: 'Dorin Ursu' });
      expect(dorin.activeOrders.map((o) => o.orderId)).toEqual([second.orderId]);
    });

    test('R13: the superseded order is breached by nothing done on or after the day the new order was made (422); before it, still a breach (201)', async () => {
      const first = await kentOrder({ madeOn: '2024-01-10', subject: { forenames: 'Emil', surname: 'Rusu', dateOfBirth: '1986-06-16' } });
      await recordOrder(stor, kent, anOrder({ madeOn: '2026-06-01', subject: { subjectId: first.subjectId, forenames: 'Emil', surname: 'Rusu', dateOfBirth: '1986-06-16' } }));
      await stor.tickClock();

      const after = await recordBreach(stor, kent, first.orderId, { occurredOn: '2026-06-01', locationForce: 'kent', prohibitionIds: [first.ids[0]] });
      expectRefusedByRule(after, 'breach-after-order-ended', 'occurredOn');
      expectStatus(await recordBreach(stor, kent, first.orderId, { occurredOn: '2026-05-31', locationForce: 'kent', prohibitionIds: [first.ids[0]] }), 201);
    });

    // Regression: reported by the end-to-end suite and fixed; the test states the behaviour the law and API.md ask for.
    test('R13: the superseded orders can be listed by status (GET /api/orders?status=superseded)', async () => {
      const first = await kentOrder({ madeOn: '2024-01-10', subject: { forenames: 'Octavian', surname: 'Pop', dateOfBirth: '1974-04-14' } });
      await recordOrder(stor, kent, anOrder({ madeOn: '2026-06-01', subject: { subjectId: first.subjectId, forenames: 'Octavian', surname: 'Pop', dateOfBirth: '1974-04-14' } }));
      await stor.tickClock();
      const response = await stor.request('GET', '/api/orders?status=superseded', { token: kent, knownBug: 'status filter lacks superseded' });
      expectStatus(response, 200);
      expect(response.body.orders.map((o: { orderId: string }) => o.orderId)).toContain(first.orderId);
    });

    test('R13: an STPO does not end an STRO in force against the same subject, legal review A2: both stay active', async () => {
      const stro = await kentOrder({ type: 'STRO', court: 'Medway Magistrates’ Court', madeOn: '2025-01-10', subject: { forenames: 'Florin', surname: 'Lungu', dateOfBirth: '1987-07-17' } });
      const stpo = await recordOrder(stor, kent, anOrder({ madeOn: '2026-01-10', subject: { subjectId: stro.subjectId, forenames: 'Florin', surname: 'Lungu', dateOfBirth: '1987-07-17' } }));
      await stor.tickClock();

      expect((await readOrder(stor, national, stro.orderId)).status).toBe('active');
      const [florin] = await matchesFor(stor, officer, { name: 'Florin Lungu' });
      expect(florin.activeOrders.map((o) => o.orderId).sort()).toEqual([stro.orderId, stpo.orderId].sort());
    });

    test('R13: a second STRO supersedes the first, legal review A1', async () => {
      const first = await kentOrder({ type: 'STRO', court: 'Medway Magistrates’ Court', madeOn: '2025-01-10', subject: { forenames: 'Gheorghe', surname: 'Popa', dateOfBirth: '1988-08-18' } });
      await recordOrder(stor, kent, anOrder({ type: 'STRO', court: 'Medway Magistrates’ Court', madeOn: '2026-01-10', subject: { subjectId: first.subjectId, forenames: 'Gheorghe', surname: 'Popa', dateOfBirth: '1988-08-18' } }));
      await stor.tickClock();
      expect((await readOrder(stor, national, first.orderId)).status).toBe('superseded');
    });
  });

  describe('R26: the order on the main application ends the interim order', () => {
    test("R26: a full s15 STPO naming the interim STPO ends it: status 'ended' once the register has reacted, an 'order-ended' alert, and only the full order is active", async () => {
      const interim = await kentOrder({
        type: 'INTERIM_STPO',
        legalBasis: 's21',
        applicant: KENT_CHIEF,
        madeOn: '2026-09-01',
        subject: { forenames: 'Horia', surname: 'Stan', dateOfBirth: '1989-09-19' },
        prohibitions: [{ text: CAR_WASHES, until: '2027-02-28' }],
      });
      expect(interim.order.status).toBe('interim');

      const full = await recordOrder(
        stor,
        kent,
        anOrder({
          legalBasis: 's15',
          applicant: KENT_CHIEF,
          qualifyingOffence: CAUTION,
          interimOrderId: interim.orderId,
          madeOn: '2026-11-01',
          subject: { subjectId: interim.subjectId, forenames: 'Horia', surname: 'Stan', dateOfBirth: '1989-09-19' },
        }),
      );
      await stor.tickClock();

      const ended = await readOrder(stor, national, interim.orderId);
      expect(ended.status).toBe('ended');
      expect(ended.prohibitions[0]).toMatchObject({ status: 'removed', endedOn: '2026-11-01' });
      expect((await readOrder(stor, national, full.orderId)).status).toBe('active');
      expect((await alertsAbout(stor, kent, 'kent', interim.orderId)).map((a) => a.kind)).toEqual(['order-ended', 'order-made']);

      const [horia] = await matchesFor(stor, officer, { name: 'Horia Stan' });
      expect(horia.activeOrders.map((o) => o.orderId)).toEqual([full.orderId]);
    });

    test('R26: an interim order stays fixed when varied or renewed — "until further order" is refused (422, rule R26); a fixed renewal is accepted (200)', async () => {
      const { orderId, ids } = await kentOrder({ type: 'INTERIM_STPO', legalBasis: 's21', applicant: KENT_CHIEF, madeOn: '2026-09-01', prohibitions: [{ text: CAR_WASHES, until: '2027-02-28' }] });
      expectRefusedByRule(await vary(stor, kent, orderId, { variedOn: '2026-10-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] }), 'R26', 'addProhibitions[0].until');
      expectRefusedByRule(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: null }] }), 'R26', 'prohibitions[0].until');
      expectStatus(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2027-05-31' }] }), 200);
    });

    // Regression: reported by the end-to-end suite and fixed; the test states the behaviour the law and API.md ask for.
    test("R26: an STPO against one subject does not end another subject's interim STPO", async () => {
      const interim = await kentOrder({ type: 'INTERIM_STPO', legalBasis: 's21', applicant: KENT_CHIEF, madeOn: '2026-09-01', subject: { forenames: 'Liviu', surname: 'Toma', dateOfBirth: '1970-01-17' }, prohibitions: [{ text: CAR_WASHES, until: '2027-02-28' }] });
      const response = await stor.request('POST', '/api/orders', {
        token: kent,
        body: anOrder({ legalBasis: 's15', applicant: KENT_CHIEF, qualifyingOffence: CAUTION, interimOrderId: interim.orderId, madeOn: '2026-11-01', subject: { forenames: 'Mihai', surname: 'Sava', dateOfBirth: '1972-02-12' } }),
      });
      expect([201, 422]).toContain(response.status);
      await stor.tickClock();
      expect((await readOrder(stor, national, interim.orderId)).status).toBe('interim');
    });

    test('R26: an s15 STPO does not end an interim STRO (that interim waits on an STRO application, s28)', async () => {
      const interim = await kentOrder({ type: 'INTERIM_STRO', legalBasis: 's28', applicant: KENT_CHIEF, madeOn: '2026-09-01', subject: { forenames: 'Nelu', surname: 'Ilie', dateOfBirth: '1973-03-13' }, prohibitions: [{ text: CAR_WASHES, until: '2027-02-28' }] });
      const response = await stor.request('POST', '/api/orders', {
        token: kent,
        body: anOrder({
          legalBasis: 's15',
          applicant: KENT_CHIEF,
          qualifyingOffence: CAUTION,
          interimOrderId: interim.orderId,
          madeOn: '2026-11-01',
          subject: { subjectId: interim.subjectId, forenames: 'Nelu', surname: 'Ilie', dateOfBirth: '1973-03-13' },
        }),
      });
      expect([201, 422]).toContain(response.status);
      await stor.tickClock();
      expect((await readOrder(stor, national, interim.orderId)).status).toBe('interim');
    });

    test('R26: an s14 STPO naming an interim order is refused — an interim precedes only an s15 order (422, rule R26, field interimOrderId)', async () => {
      const interim = await kentOrder({ type: 'INTERIM_STPO', madeOn: '2026-09-01', prohibitions: [{ text: CAR_WASHES, until: '2027-02-28' }] });
      const response = await stor.request('POST', '/api/orders', {
        token: kent,
        body: anOrder({
          legalBasis: 's14',
          qualifyingOffence: { ...CAUTION, outcome: 'conviction' },
          interimOrderId: interim.orderId,
          madeOn: '2026-11-01',
          subject: { subjectId: interim.subjectId, forenames: 'Costel', surname: 'Moraru', dateOfBirth: '1981-03-03' },
        }),
      });
      expectRefusedByRule(response, 'R26', 'interimOrderId');
      await stor.tickClock();
      expect((await readOrder(stor, national, interim.orderId)).status).toBe('interim');
    });
  });

  describe('R27-R30: appeals', () => {
    async function appealed(overrides: OrderOverrides = {}) {
      const made = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: null }, { text: NAMED_PERSONS, until: null }], ...overrides });
      const lodged = await lodgeAppeal(stor, kent, made.orderId, { lodgedOn: '2025-04-01' });
      expectStatus(lodged, 201);
      return { ...made, appealId: lodged.body.appealId as string, position: lodged.body.position as number };
    }

    test('R30: an appeal lodged (201 with an appealId) does not suspend the order: still active, still found by a check', async () => {
      const { orderId, appealId, position } = await appealed({ subject: { forenames: 'Iosif', surname: 'Barbu', dateOfBirth: '1990-10-10' } });
      expect(appealId).toEqual(expect.any(String));
      expect((await readOrder(stor, national, orderId, position)).status).toBe('active');
      const [iosif] = await matchesFor(stor, officer, { name: 'Iosif Barbu' });
      expect(iosif.activeOrders.map((o) => o.orderId)).toEqual([orderId]);
    });

    test('R27: an appeal dismissed (200) leaves the order active and raises no ending alert', async () => {
      const { orderId, appealId } = await appealed();
      const response = await decideAppeal(stor, kent, orderId, appealId, { outcome: 'dismissed', decidedOn: '2025-06-01' });
      expectStatus(response, 200);
      expect((await readOrder(stor, national, orderId, response.body.position)).status).toBe('active');
      expect((await alertsAbout(stor, kent, 'kent', orderId, response.body.position)).map((a) => a.kind)).toEqual(['order-made']);
    });

    test("R28: an STRO quashed on appeal (200) reads 'quashed', is no longer an active order, and its owner hears that it ended", async () => {
      const { orderId, appealId } = await appealed({ type: 'STRO', court: 'Medway Magistrates’ Court', subject: { forenames: 'Jenel', surname: 'Dinu', dateOfBirth: '1991-11-11' } });
      const response = await decideAppeal(stor, kent, orderId, appealId, { outcome: 'quashed', decidedOn: '2025-06-01' });
      expectStatus(response, 200);

      const order = await readOrder(stor, national, orderId, response.body.position);
      expect(order.status).toBe('quashed');
      expect(order.prohibitions.map((p: { status: string }) => p.status)).toEqual(['removed', 'removed']);
      const [jenel] = await matchesFor(stor, officer, { name: 'Jenel Dinu' });
      expect(jenel.activeOrders).toEqual([]);
      expect((await alertsAbout(stor, kent, 'kent', orderId, response.body.position))[0]).toMatchObject({ kind: 'order-ended' });
    });

    test('R28: quashed orders can be listed by status (GET /api/orders?status=quashed)', async () => {
      const { orderId, appealId } = await appealed();
      const decided = await decideAppeal(stor, kent, orderId, appealId, { outcome: 'quashed', decidedOn: '2025-06-01' });
      expectStatus(decided, 200);
      const response = await stor.request('GET', `/api/orders?status=quashed&position=${decided.body.position}`, { token: kent, knownBug: 'status filter lacks quashed' });
      expectStatus(response, 200);
      expect(response.body.orders.map((o: { orderId: string }) => o.orderId)).toContain(orderId);
    });

    test('R29: a quashed order was in force until the appeal was decided: a breach before that day is recorded (201), on it refused (422)', async () => {
      const { orderId, appealId, ids } = await appealed();
      expectStatus(await decideAppeal(stor, kent, orderId, appealId, { outcome: 'quashed', decidedOn: '2025-06-01' }), 200);
      expectStatus(await recordBreach(stor, kent, orderId, { occurredOn: '2025-05-31', locationForce: 'kent', prohibitionIds: [ids[0]] }), 201);
      expectRefusedByRule(await recordBreach(stor, kent, orderId, { occurredOn: '2025-06-01', locationForce: 'kent', prohibitionIds: [ids[0]] }), 'breach-after-order-ended', 'occurredOn');
    });

    test('R29: an order varied on appeal (200) has its prohibitions changed from the decision day, and keeps the court that made it', async () => {
      const { orderId, appealId, ids } = await appealed();
      const response = await decideAppeal(stor, kent, orderId, appealId, {
        outcome: 'varied',
        decidedOn: '2025-06-01',
        variation: { addProhibitions: [{ text: 'Must not act as a gangmaster', until: '2030-05-31' }], removeProhibitionIds: [ids[0]] },
      });
      expectStatus(response, 200);

      const order = await readOrder(stor, national, orderId, response.body.position);
      expect(order).toMatchObject({ status: 'active', court: 'Maidstone Crown Court' });
      expect(order.prohibitions).toEqual([
        expect.objectContaining({ prohibitionId: ids[0], status: 'removed', endedOn: '2025-06-01' }),
        expect.objectContaining({ prohibitionId: ids[1], status: 'in-force' }),
        expect.objectContaining({ text: 'Must not act as a gangmaster', until: '2030-05-31', status: 'in-force', startsOn: '2025-06-01' }),
      ]);
      expect((await alertsAbout(stor, kent, 'kent', orderId, response.body.position))[0]).toMatchObject({ kind: 'order-varied' });
    });

    test('R29: what the appeal court adds obeys the duration rules from the decision day (422, rule R9, field variation.addProhibitions[0].until)', async () => {
      const { orderId, appealId } = await appealed();
      const response = await decideAppeal(stor, kent, orderId, appealId, {
        outcome: 'varied',
        decidedOn: '2025-06-01',
        variation: { addProhibitions: [{ text: 'Must not act as a gangmaster', until: '2030-05-30' }], removeProhibitionIds: [] },
      });
      expectRefusedByRule(response, 'R9', 'variation.addProhibitions[0].until');
    });

    test('R30: one appeal at a time (422, appeal-pending); an outcome is recorded once (422, appeal-already-determined)', async () => {
      const { orderId, appealId } = await appealed();
      expectRefusedByRule(await lodgeAppeal(stor, kent, orderId, { lodgedOn: '2025-04-02' }), 'appeal-pending');
      expectStatus(await decideAppeal(stor, kent, orderId, appealId, { outcome: 'dismissed', decidedOn: '2025-06-01' }), 200);
      expectRefusedByRule(await decideAppeal(stor, kent, orderId, appealId, { outcome: 'quashed', decidedOn: '2025-06-02' }), 'appeal-already-determined');
    });

    test('R27: an appeal recorded "varied" without saying what changed is refused (422, appeal-variation-missing)', async () => {
      const { orderId, appealId } = await appealed();
      expectRefusedByRule(await decideAppeal(stor, kent, orderId, appealId, { outcome: 'varied', decidedOn: '2025-06-01' }), 'appeal-variation-missing', 'variation');
    });

    test('R27: only the owning force records an appeal and its outcome (403 for Sussex)', async () => {
      const { orderId, appealId } = await appealed();
      expectProblem(await lodgeAppeal(stor, sussex, orderId, { lodgedOn: '2025-04-02' }), 403);
      expectProblem(await decideAppeal(stor, sussex, orderId, appealId, { outcome: 'quashed', decidedOn: '2025-06-01' }), 403);
    });
  });

  describe('R39: management moves by transfer; the previous owner keeps read access', () => {
    test("R39: Kent transfers an order to Cumbria (200): Cumbria owns it, both hear 'order-transferred', Kent can still read it and its history", async () => {
      const { orderId } = await kentOrder();
      const response = await transfer(stor, kent, orderId, { toForce: 'cumbria', transferredOn: '2026-10-01' });
      expectStatus(response, 200);

      expect((await readOrder(stor, national, orderId, response.body.position)).owningForce).toBe('cumbria');
      const cumbria = await stor.token({ role: 'order-manager', force: 'cumbria' });
      expect((await alertsAbout(stor, kent, 'kent', orderId, response.body.position))[0]).toMatchObject({ kind: 'order-transferred' });
      expect((await alertsAbout(stor, cumbria, 'cumbria', orderId, response.body.position))[0]).toMatchObject({ kind: 'order-transferred' });

      expectStatus(await stor.request('GET', `/api/orders/${orderId}`, { token: kent }), 200);
      expectStatus(await orderHistory(stor, kent, orderId), 200);
      expectStatus(await orderHistory(stor, cumbria, orderId), 200);
      expectStatus(await stor.request('GET', `/api/orders/${orderId}`, { token: await stor.token({ role: 'rocu', region: 'north-west' }) }), 200);
    });

    test('R39: after the transfer the new owner changes the order (200) and the previous owner may not (403)', async () => {
      const { orderId } = await kentOrder();
      expectStatus(await transfer(stor, kent, orderId, { toForce: 'cumbria', transferredOn: '2026-10-01' }), 200);
      const cumbria = await stor.token({ role: 'order-manager', force: 'cumbria' });
      const change = { variedOn: '2026-11-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] };
      expectProblem(await vary(stor, kent, orderId, change), 403);
      expectStatus(await vary(stor, cumbria, orderId, change), 200);
    });

    test('R39: only the owning force transfers (403 for Sussex); not to itself (422, transfer-to-same-force); only to a force (400 naming toForce)', async () => {
      const { orderId } = await kentOrder();
      expectProblem(await transfer(stor, sussex, orderId, { toForce: 'sussex', transferredOn: '2026-10-01' }), 403);
      expectRefusedByRule(await transfer(stor, kent, orderId, { toForce: 'kent', transferredOn: '2026-10-01' }), 'transfer-to-same-force', 'toForce');
      expectInvalid(await transfer(stor, kent, orderId, { toForce: 'Cumbria Constabulary', transferredOn: '2026-10-01' }), 'toForce');
    });
  });

  describe('corrections: a data-entry mistake is fixed by a new event, never by changing the legal period', () => {
    test("a misspelt surname is corrected on the subject (200): every order shows the new spelling, a check finds it, the subject's history keeps both", async () => {
      const { orderId } = await kentOrder({ subject: { forenames: 'Kazimierz', surname: 'Wiśniewsky', dateOfBirth: '1977-07-07' } });
      const { subjectId } = (await readOrder(stor, national, orderId)).subject;
      expectRefusedByRule(await correct(stor, kent, orderId, { correctedOn: '2026-11-20', changes: { subject: { surname: 'Wiśniewski' } } }), 'subject-identity');
      const response = await stor.request('POST', `/api/subjects/${subjectId}/corrections`, {
        token: kent,
        body: { changes: { surname: 'Wiśniewski' }, reason: 'Misspelt at entry; the court record reads Wiśniewski' },
      });
      expectStatus(response, 200);
      expect(response.body).toMatchObject({ subjectId, version: 2, position: expect.any(Number) });

      expect((await readOrder(stor, national, orderId, response.body.position)).subject.surname).toBe('Wiśniewski');
      const [found] = await matchesFor(stor, officer, { name: 'Kazimierz Wisniewski' });
      expect(found).toMatchObject({ surname: 'Wiśniewski' });
      expect(found.activeOrders.map((o) => o.orderId)).toEqual([orderId]);

      const history = await stor.request('GET', `/api/subjects/${subjectId}/history`, { token: kent });
      expectStatus(history, 200);
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['SubjectRegistered', 'SubjectParticularsCorrected']);
      expect(history.body.events[0].data.surname).toBe('Wiśniewsky');
      expect(history.body.events[1].data).toMatchObject({ changes: { surname: 'Wiśniewski' }, previous: { surname: 'Wiśniewsky' } });
      expect((await orderHistory(stor, kent, orderId)).body.events.map((e: { type: string }) => e.type)).toEqual(['OrderMade']);
    });

    test('only the owning force corrects its order (403 for Sussex)', async () => {
      const { orderId } = await kentOrder();
      expectProblem(await correct(stor, sussex, orderId, { correctedOn: '2026-11-20', changes: { court: 'Canterbury Crown Court' } }), 403);
    });

    test('correcting madeOn or a prohibition\'s until is refused, and the record is unchanged', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] });
      for (const changes of [{ madeOn: '2025-03-01' }, { prohibitionTexts: [{ prohibitionId: ids[0], text: CAR_WASHES, until: '2031-03-13' }] }]) {
        const response = await correct(stor, kent, orderId, { correctedOn: '2026-11-20', changes });
        expect([400, 422]).toContain(response.status);
      }
      const order = await readOrder(stor, national, orderId);
      expect(order).toMatchObject({ madeOn: '2025-03-14', version: 1 });
      expect(order.prohibitions[0].until).toBe('2030-03-13');
    });

    // Regression: reported by the end-to-end suite and fixed; the test states the behaviour the law and API.md ask for.
    test('correcting madeOn is refused as correction-changes-legal-period (422, field changes.madeOn)', async () => {
      const { orderId } = await kentOrder();
      expectRefusedByRule(await correct(stor, kent, orderId, { correctedOn: '2026-11-20', changes: { madeOn: '2025-03-01' } }), 'correction-changes-legal-period', 'changes.madeOn');
    });

    test("correcting a prohibition's until is refused as correction-changes-legal-period (422, field changes.prohibitionTexts[0].until)", async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] });
      const response = await correct(stor, kent, orderId, { correctedOn: '2026-11-20', changes: { prohibitionTexts: [{ prohibitionId: ids[0], text: CAR_WASHES, until: '2031-03-13' }] } });
      expectRefusedByRule(response, 'correction-changes-legal-period', 'changes.prohibitionTexts[0].until');
    });
  });

  describe('as at a day: the order as it stood then (?asAt=)', () => {
    test('the day before a renewal shows the old until; the renewal day, the new', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] });
      expectStatus(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2031-10-31' }] }), 200);

      const before = await orderAsAt(stor, national, orderId, '2026-10-31');
      expectStatus(before, 200);
      expect(before.body.prohibitions[0].until).toBe('2030-03-13');
      expect((await orderAsAt(stor, national, orderId, '2026-11-01')).body.prohibitions[0].until).toBe('2031-10-31');
    });

    test('the day before a transfer shows the old owner; the transfer day, the new', async () => {
      const { orderId } = await kentOrder();
      expectStatus(await transfer(stor, kent, orderId, { toForce: 'sussex', transferredOn: '2026-10-01' }), 200);
      expect((await orderAsAt(stor, national, orderId, '2026-09-30')).body.owningForce).toBe('kent');
      expect((await orderAsAt(stor, national, orderId, '2026-10-01')).body.owningForce).toBe('sussex');
    });

    test('a day before the order was made: 404', async () => {
      const { orderId } = await kentOrder();
      expectProblem(await orderAsAt(stor, national, orderId, '2025-03-13'), 404);
      expectStatus(await orderAsAt(stor, national, orderId, '2025-03-14'), 200);
    });

    test('asAt that is no date: 400 naming asAt', async () => {
      const { orderId } = await kentOrder();
      expectInvalid(await orderAsAt(stor, national, orderId, '2025-02-30'), 'asAt');
    });
  });

  describe('history: every event of the order, oldest first', () => {
    test('lists the events in order with their versions, OrderMade at schema version 3', async () => {
      const { orderId, ids } = await kentOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }, { text: NAMED_PERSONS, until: null }] });
      expectStatus(await vary(stor, kent, orderId, { variedOn: '2026-01-10', removeProhibitionIds: [ids[1]] }), 200);
      expectStatus(await renew(stor, kent, orderId, { renewedOn: '2026-11-01', prohibitions: [{ prohibitionId: ids[0], until: '2031-10-31' }] }), 200);
      expectStatus(await discharge(stor, kent, orderId, { dischargedOn: '2026-11-20', consent: BOTH_CONSENT }), 200);

      const response = await orderHistory(stor, kent, orderId);
      expectStatus(response, 200);
      expect(response.body.orderId).toBe(orderId);
      const events = response.body.events as { type: string; version: number; schemaVersion: number; position: number; data: Record<string, unknown> }[];
      expect(events.map((e) => e.type)).toEqual(['OrderMade', 'OrderVaried', 'OrderRenewed', 'OrderDischarged']);
      expect(events.map((e) => e.version)).toEqual([1, 2, 3, 4]);
      expect(events[0]).toMatchObject({ schemaVersion: 3, data: { orderId, madeOn: '2025-03-14', owningForce: 'kent', subjectAddress: null } });
      expect(events.map((e) => e.position)).toEqual([...events.map((e) => e.position)].sort((a, b) => a - b));
    });

    test('open to the ROCU of the region and national users (200); not to an order manager of an unrelated force, nor to an officer (403)', async () => {
      const { orderId } = await kentOrder();
      expectStatus(await orderHistory(stor, await stor.token({ role: 'rocu', region: 'eastern' }), orderId), 200);
      expectStatus(await orderHistory(stor, national, orderId), 200);
      expectProblem(await orderHistory(stor, sussex, orderId), 403);
      expectProblem(await orderHistory(stor, await stor.token({ role: 'rocu', region: 'north-west' }), orderId), 403);
      expectProblem(await orderHistory(stor, await stor.token({ role: 'officer', force: 'kent' }), orderId), 403);
    });
  });
});
