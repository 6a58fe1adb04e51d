import { FORCES } from '#forces';
import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  CAR_WASHES,
  discharge,
  expectStatus,
  inbox,
  NAMED_PERSONS,
  type Outcome,
  prohibitionIdsOf,
  readOrder,
  recordOrder,
  renew,
  stopAndCheckEveryResponse,
} from './support/stor-steps.js';
import { textOf, WebSession } from './support/web-session.js';

// The owning force hears 28 days (EXPIRY_WARNING_DAYS) before an order's last day in force that it
// is about to run out, so a renewal can be sought in time. The clock runs when the test says
// (tickClock) and only goes forward, so the tests of each app run in order.

/** A Kent STRO made 20 January 2025 for two years: its last day in force is 19 January 2027. */
const twoYearStro = (surname: string, overrides: Parameters<typeof anOrder>[0] = {}) =>
  anOrder({
    type: 'STRO',
    madeOn: '2025-01-20',
    court: 'Medway Magistrates’ Court',
    subject: { forenames: 'Andrei', surname, dateOfBirth: '1990-01-01' },
    prohibitions: [{ text: CAR_WASHES, until: '2027-01-19' }],
    ...overrides,
  });

describe('an order about to run out warns its owning force', () => {
  let stor: StorTestApp;
  let warned: Outcome;
  let indefinite: Outcome;
  let discharged: Outcome;
  let historic: Outcome;
  let past: Outcome;

  const national = () => stor.token({ role: 'national' });
  const manager = (force: string) => stor.token({ role: 'order-manager', force });
  /** The expiring-soon alerts about an order in one force's inbox, newest first. */
  const warningsAbout = async (force: string, orderId: string) =>
    (await inbox(stor, await national(), force)).filter((alert) => alert.kind === 'expiring-soon' && alert.orderId === orderId);
  /** Every force whose inbox holds an expiring-soon alert about the order. */
  const forcesWarnedOf = async (orderId: string) => {
    const token = await national();
    const warned: string[] = [];
    for (const { code } of FORCES) {
      const alerts = (await inbox(stor, token, code)).filter((alert) => alert.kind === 'expiring-soon' && alert.orderId === orderId);
      if (alerts.length > 0) warned.push(code);
    }
    return warned;
  };

  beforeAll(async () => {
    stor = await StorTestApp.start({ now: '2026-11-23T09:00:00Z' });
    const kent = await manager('kent');
    warned = await recordOrder(stor, kent, twoYearStro('Popescu'));
    // Runs to 19 January 2027 too, but another prohibition runs until further order (R14).
    indefinite = await recordOrder(
      stor,
      kent,
      twoYearStro('Ionescu', {
        prohibitions: [
          { text: CAR_WASHES, until: '2027-01-19' },
          { text: NAMED_PERSONS, until: null },
        ],
      }),
    );
    // Would run to 19 January 2027, but the court discharged it today, with both consents (R23).
    discharged = await recordOrder(stor, kent, twoYearStro('Dumitru'));
    expectStatus(await discharge(stor, kent, discharged.orderId, { dischargedOn: '2026-11-23', consent: { subject: true, chiefOfficer: true }, court: 'Medway Magistrates’ Court' }), 200);
    // Entered today with historic dates: made in Essex on 10 December 2024, its last day 9 December 2026.
    historic = await recordOrder(
      stor,
      await manager('essex'),
      twoYearStro('Stan', { owningForce: 'essex', madeOn: '2024-12-10', court: 'Chelmsford Magistrates’ Court', prohibitions: [{ text: CAR_WASHES, until: '2026-12-09' }] }),
    );
    // Entered today, though its last day (31 May 2026) has already passed.
    past = await recordOrder(stor, kent, twoYearStro('Rusu', { madeOn: '2024-06-01', prohibitions: [{ text: CAR_WASHES, until: '2026-05-31' }] }));
    await readOrder(stor, kent, past.orderId, past.position);
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  test('an order entered with historic dates whose last day is inside the window is warned of on the first tick, to its owning force only', async () => {
    await stor.tickClock();

    const [alert, ...more] = await warningsAbout('essex', historic.orderId);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ raisedAt: '2026-11-23T09:00:00.000Z', reason: 'An order owned by Essex Police (your force) ends after 9 December 2026 unless it is renewed.' });
    expect(await forcesWarnedOf(historic.orderId)).toEqual(['essex']);
  });

  test('an order whose last day has already passed is expired, not warned of', async () => {
    const order = await readOrder(stor, await national(), past.orderId);
    expect(order.status).toBe('expired');
    const alerts = (await inbox(stor, await national(), 'kent')).filter((alert) => alert.orderId === past.orderId);
    expect(alerts.map((alert) => alert.kind).sort()).toEqual(['order-ended', 'order-made']);
  });

  test('29 days before its last day (21 December 2026), nothing', async () => {
    stor.clock.set('2026-12-21T09:00:00Z');
    await stor.tickClock();
    expect(await warningsAbout('kent', warned.orderId)).toEqual([]);
  });

  test('28 days before (22 December 2026), one alert to the owning force only, saying why in words', async () => {
    stor.clock.set('2026-12-22T09:00:00Z');
    await stor.tickClock();

    expect(await warningsAbout('kent', warned.orderId)).toEqual([
      expect.objectContaining({
        kind: 'expiring-soon',
        orderId: warned.orderId,
        raisedAt: '2026-12-22T09:00:00.000Z',
        reason: 'An order owned by Kent Police (your force) ends after 19 January 2027 unless it is renewed.',
      }),
    ]);
    expect(await forcesWarnedOf(warned.orderId)).toEqual(['kent']);
  });

  test('the warning changes nothing else about the order; its history and timeline say it in words', async () => {
    const kent = await manager('kent');
    const order = await readOrder(stor, kent, warned.orderId);
    expect(order).toMatchObject({ status: 'active', expiresOn: '2027-01-19', prohibitions: [expect.objectContaining({ until: '2027-01-19', status: 'in-force' })] });
    const asAt = await stor.request('GET', `/api/orders/${warned.orderId}?asAt=2027-01-19`, { token: kent });
    expectStatus(asAt, 200);
    expect(asAt.body).toMatchObject({ status: 'active' });

    const history = await stor.request('GET', `/api/orders/${warned.orderId}/history`, { token: kent });
    expectStatus(history, 200);
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'OrderExpiringSoon',
      schemaVersion: 1,
      recordedBy: { role: 'system' },
      data: { orderId: warned.orderId, lastDay: '2027-01-19', warnedOn: '2026-12-22' },
    });

    const web = await WebSession.signIn(stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'DS Priya Shah' });
    const page = await web.get(`/orders/${warned.orderId}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Expiring soon: the owning force was warned on 22 December 2026 that the order ends after 19 January 2027 unless it is renewed.');
    const alertsPage = await web.get('/forces/kent/alerts?kind=expiring-soon');
    expect(alertsPage.status).toBe(200);
    expect(textOf(alertsPage.html)).toContain('Order expiring soon');
  });

  test('ticking again, that day or later, raises nothing more', async () => {
    await stor.tickClock();
    stor.clock.set('2026-12-30T09:00:00Z');
    await stor.tickClock();
    await stor.tickClock();
    expect(await warningsAbout('kent', warned.orderId)).toHaveLength(1);
    expect(await warningsAbout('essex', historic.orderId)).toHaveLength(1);
  });

  test('an order with a prohibition until further order is never warned of, nor one discharged before its last day', async () => {
    expect(await forcesWarnedOf(indefinite.orderId)).toEqual([]);
    expect(await forcesWarnedOf(discharged.orderId)).toEqual([]);
  });

  test('a renewal moves the last day (to 4 January 2029): no new warning until the new day comes near', async () => {
    stor.clock.set('2027-01-05T09:00:00Z');
    const kent = await manager('kent');
    const [prohibitionId] = prohibitionIdsOf(await readOrder(stor, kent, warned.orderId));
    const renewal = await renew(stor, kent, warned.orderId, { renewedOn: '2027-01-05', court: 'Medway Magistrates’ Court', prohibitions: [{ prohibitionId, until: '2029-01-04' }] });
    expectStatus(renewal, 200);
    await readOrder(stor, kent, warned.orderId, renewal.body.position);
    await stor.tickClock();
    expect(await warningsAbout('kent', warned.orderId)).toHaveLength(1);

    stor.clock.set('2028-12-06T09:00:00Z');
    await stor.tickClock();
    expect(await warningsAbout('kent', warned.orderId)).toHaveLength(1);
  });

  test('28 days before the new last day (7 December 2028), a new warning naming it', async () => {
    stor.clock.set('2028-12-07T09:00:00Z');
    await stor.tickClock();
    await stor.tickClock();

    const [newest, first, ...more] = await warningsAbout('kent', warned.orderId);
    expect(more).toEqual([]);
    expect(first.reason).toContain('19 January 2027');
    expect(newest).toMatchObject({ raisedAt: '2028-12-07T09:00:00.000Z', reason: 'An order owned by Kent Police (your force) ends after 4 January 2029 unless it is renewed.' });
    expect(await forcesWarnedOf(warned.orderId)).toEqual(['kent']);
  });

  test('the order still with a prohibition until further order is never warned of, two years on', async () => {
    expect(await forcesWarnedOf(indefinite.orderId)).toEqual([]);
  });
});

describe('a configured warning period (EXPIRY_WARNING_DAYS=60)', () => {
  let stor: StorTestApp;

  afterAll(() => stopAndCheckEveryResponse(stor));

  test('warns 60 days before the last day, not 61', async () => {
    stor = await StorTestApp.start({ now: '2026-11-19T09:00:00Z', config: { expiryWarningDays: 60 } });
    const kent = await stor.token({ role: 'order-manager', force: 'kent' });
    const order = await recordOrder(stor, kent, twoYearStro('Marin'));
    await readOrder(stor, kent, order.orderId, order.position);
    const warnings = async () => (await inbox(stor, await stor.token({ role: 'national' }), 'kent')).filter((alert) => alert.kind === 'expiring-soon' && alert.orderId === order.orderId);

    await stor.tickClock();
    expect(await warnings()).toEqual([]);

    stor.clock.set('2026-11-20T09:00:00Z');
    await stor.tickClock();
    expect(await warnings()).toEqual([expect.objectContaining({ reason: 'An order owned by Kent Police (your force) ends after 19 January 2027 unless it is renewed.' })]);
  });
});
