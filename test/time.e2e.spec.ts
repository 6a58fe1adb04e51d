import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  CAR_WASHES,
  expectProblem,
  expectStatus,
  inbox,
  matchesFor,
  NAMED_PERSONS,
  type Outcome,
  readOrder,
  recordBreach,
  recordOrder,
  stopAndCheckEveryResponse,
} from './support/stor-steps.js';

// Time moves orders on. The register clock runs once a day in production; here the test runs it
// (tickClock) and moves it (clock.set). The tests run in order: the clock only goes forward.
describe('time moves orders on', () => {
  let stor: StorTestApp;
  let historic: Outcome;
  let mixed: Outcome;
  let stro: Outcome;
  let tokenOf2026: string;

  const kentManager = () => stor.token({ role: 'order-manager', force: 'kent' });
  const national = () => stor.token({ role: 'national' });

  beforeAll(async () => {
    stor = await StorTestApp.start({ now: '2026-11-23T09:00:00Z' });
    const kent = await kentManager();
    tokenOf2026 = kent;
    // Entered today, though made in 2015: its only prohibition ran out on 10 January 2020.
    historic = await recordOrder(
      stor,
      kent,
      anOrder({ madeOn: '2015-01-10', subject: { forenames: 'Petru', surname: 'Ciobanu', dateOfBirth: '1975-05-05' }, prohibitions: [{ text: CAR_WASHES, until: '2020-01-10' }] }),
    );
    // Made in 2015 too, but one prohibition runs until further order.
    mixed = await recordOrder(
      stor,
      kent,
      anOrder({
        madeOn: '2015-01-10',
        subject: { forenames: 'Ilie', surname: 'Munteanu', dateOfBirth: '1976-06-06' },
        prohibitions: [
          { text: CAR_WASHES, until: '2020-01-10' },
          { text: NAMED_PERSONS, until: null },
        ],
      }),
    );
    // An STRO of two years from 1 November 2026: in force up to and including 31 October 2028.
    stro = await recordOrder(
      stor,
      kent,
      anOrder({
        type: 'STRO',
        madeOn: '2026-11-01',
        court: 'Medway Magistrates’ Court',
        subject: { forenames: 'Nicu', surname: 'Stoica', dateOfBirth: '1999-09-09' },
        prohibitions: [{ text: CAR_WASHES, until: '2028-10-31' }],
      }),
    );
    await readOrder(stor, kent, stro.orderId, stro.position);
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  test('an order entered with historic dates is expired once the clock runs: its prohibition too', async () => {
    await stor.tickClock();

    const order = await readOrder(stor, await national(), historic.orderId);
    expect(order.status).toBe('expired');
    expect(order.prohibitions).toEqual([expect.objectContaining({ text: CAR_WASHES, until: '2020-01-10', status: 'expired' })]);
  });

  test('an expired order is no longer an active order when an officer checks', async () => {
    const officer = await stor.token({ role: 'officer', force: 'devon-and-cornwall' });
    const [petru] = await matchesFor(stor, officer, { name: 'Petru Ciobanu' });
    expect(petru.activeOrders).toEqual([]);
  });

  test('an order with one fixed and one "until further order" prohibition stays active after the fixed one has passed', async () => {
    const order = await readOrder(stor, await national(), mixed.orderId);
    expect(order.status).toBe('active');
    expect(order.prohibitions).toEqual([
      expect.objectContaining({ text: CAR_WASHES, status: 'expired' }),
      expect.objectContaining({ text: NAMED_PERSONS, status: 'in-force' }),
    ]);

    const officer = await stor.token({ role: 'officer', force: 'met' });
    const [ilie] = await matchesFor(stor, officer, { name: 'Ilie Munteanu' });
    expect(ilie.activeOrders).toEqual([
      expect.objectContaining({ orderId: mixed.orderId, prohibitions: [expect.objectContaining({ text: NAMED_PERSONS, until: null })] }),
    ]);
  });

  test("the owning force hears that the order ended ('order-ended'); no such alert for the order still in force", async () => {
    const alerts = await inbox(stor, await national(), 'kent');
    expect(alerts.filter((a) => a.kind === 'order-ended' && a.orderId === historic.orderId)).toHaveLength(1);
    expect(alerts.filter((a) => a.kind === 'order-ended' && a.orderId === mixed.orderId)).toEqual([]);
  });

  test('running the clock again changes nothing', async () => {
    const before = await readOrder(stor, await national(), historic.orderId);
    await stor.tickClock();
    await stor.tickClock();
    const after = await readOrder(stor, await national(), historic.orderId);
    expect(after.version).toBe(before.version);
    const alerts = await inbox(stor, await national(), 'kent');
    expect(alerts.filter((a) => a.kind === 'order-ended' && a.orderId === historic.orderId)).toHaveLength(1);
  });

  test('a breach reported late, dated while the order was in force, is still recorded; one dated after it expired is not', async () => {
    const order = await readOrder(stor, await national(), historic.orderId);
    const prohibitionId = order.prohibitions[0].prohibitionId;
    const kent = await kentManager();

    expectStatus(await recordBreach(stor, kent, historic.orderId, { occurredOn: '2019-06-01', locationForce: 'kent', prohibitionIds: [prohibitionId] }), 201);
    expectProblem(await recordBreach(stor, kent, historic.orderId, { occurredOn: '2020-01-11', locationForce: 'kent', prohibitionIds: [prohibitionId] }), 422);
  });

  test('on the last day of its period (31 October 2028) the STRO is still in force', async () => {
    stor.clock.set('2028-10-31T09:00:00Z');
    await stor.tickClock();

    const order = await readOrder(stor, await national(), stro.orderId);
    expect(order.status).toBe('active');
    expect(order.prohibitions[0].status).toBe('in-force');
  });

  test('a token issued two years ago has expired: 401', async () => {
    expectProblem(await stor.request('GET', `/api/orders/${stro.orderId}`, { token: tokenOf2026 }), 401);
  });

  test('the day after (1 November 2028) the clock expires it, and Kent hears that it ended', async () => {
    stor.clock.set('2028-11-01T09:00:00Z');
    await stor.tickClock();

    const order = await readOrder(stor, await national(), stro.orderId);
    expect(order.status).toBe('expired');
    expect(order.prohibitions[0]).toMatchObject({ until: '2028-10-31', status: 'expired' });

    const alerts = await inbox(stor, await kentManager(), 'kent');
    expect(alerts[0]).toMatchObject({ kind: 'order-ended', orderId: stro.orderId, raisedAt: '2028-11-01T09:00:00.000Z' });

    const officer = await stor.token({ role: 'officer', force: 'kent' });
    const [nicu] = await matchesFor(stor, officer, { name: 'Nicu Stoica' });
    expect(nicu.activeOrders).toEqual([]);
  });

  // Regression: reported by the end-to-end suite and fixed; the test states the behaviour the law and API.md ask for.
  test('a breach seen at half past midnight British Summer Time (00:30 on 2 June 2029) can be recorded as happening on 2 June', async () => {
    stor.clock.set('2029-06-01T23:30:00Z');
    const order = await readOrder(stor, await national(), mixed.orderId);
    const inForce = order.prohibitions.find((p: { status: string }) => p.status === 'in-force').prohibitionId;

    const response = await recordBreach(stor, await kentManager(), mixed.orderId, { occurredOn: '2029-06-02', locationForce: 'kent', prohibitionIds: [inForce] });
    expectStatus(response, 201);
  });
});
