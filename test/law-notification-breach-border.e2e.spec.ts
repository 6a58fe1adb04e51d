import { StorTestApp, type TokenFor } from './support/stor-app.js';
import {
  alertsAbout,
  anOrder,
  CAR_WASHES,
  check,
  discharge,
  expectProblem,
  expectRefusedByRule,
  expectStatus,
  NAMED_PERSONS,
  notifyNameAndAddress,
  type OrderInput,
  orderAsAt,
  prohibitionIdsOf,
  readOrder,
  recordBreach,
  recordBreachOutcome,
  recordOrder,
  stopAndCheckEveryResponse,
  vary,
} from './support/stor-steps.js';

// What the subject must do and what happens when they do not: name and address notification
// (R15-R18), the breach offence judged as of its day (R31), its penalty (R32, R33), and where a
// breach is an offence at all (R37). The clock starts at 23 November 2026; the tests at the end
// move it forward (R16's deadline), so they run last and every token is issued when it is used.

type OrderOverrides = NonNullable<Parameters<typeof anOrder>[0]>;

const KENT_PPU = 'Kent Police Public Protection Unit';
const notificationRequired = { notificationRequired: true, notifyTo: KENT_PPU };

describe('notification, breach and borders (R15-R18, R31-R33, R37)', () => {
  let stor: StorTestApp;

  beforeAll(async () => {
    stor = await StorTestApp.start({ now: '2026-11-23T09:00:00Z' });
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  /** A token issued now: the clock moves in this file, and tokens last an hour. */
  const as = (who: TokenFor) => stor.token(who);
  const manager = (force: string) => as({ role: 'order-manager', force });
  const national = () => as({ role: 'national' });

  async function orderOf(force: string, overrides: OrderOverrides = {}) {
    const made = await recordOrder(stor, await manager(force), anOrder({ owningForce: force, ...overrides }));
    const order = await readOrder(stor, await national(), made.orderId, made.position);
    return { orderId: made.orderId, position: made.position, ids: prohibitionIdsOf(order), order };
  }
  const send = async (order: OrderInput) => stor.request('POST', '/api/orders', { token: await manager(order.owningForce), body: order });

  describe('R15, R16: the court may require notification; then it names whom to notify, and service starts the clock', () => {
    test('R15: an order that requires notification, with servedOn and notifyTo, is recorded (201)', async () => {
      expectStatus(await send(anOrder({ ...notificationRequired, servedOn: '2025-03-14' })), 201);
    });

    test('R15: an order that does not require it needs neither (201)', async () => {
      expectStatus(await send(anOrder({ notificationRequired: false })), 201);
    });

    test('R16: a notification requirement without the day of service is refused (422, rule R16, field servedOn)', async () => {
      expectRefusedByRule(await send(anOrder(notificationRequired)), 'R16', 'servedOn');
    });

    test('R16: a notification requirement without the person to notify is refused (422, rule R16)', async () => {
      expectRefusedByRule(await send(anOrder({ notificationRequired: true, servedOn: '2025-03-14' })), 'R16');
    });

    // Regression: reported by the end-to-end suite and fixed; the test states the behaviour the law and API.md ask for.
    test('R16: … and the error names the field the request has (notifyTo)', async () => {
      expectRefusedByRule(await send(anOrder({ notificationRequired: true, servedOn: '2025-03-14' })), 'R16', 'notifyTo');
    });

    test('R16: an order cannot be served before it was made (422, date-before-order-made, field servedOn)', async () => {
      expectRefusedByRule(await send(anOrder({ ...notificationRequired, servedOn: '2025-03-13' })), 'date-before-order-made', 'servedOn');
    });

    test('R16: the first notification is late by the days after served + 2 (served 1 November 2026, notified 5 November: 2 days late)', async () => {
      const { orderId } = await orderOf('kent', { ...notificationRequired, madeOn: '2026-11-01', servedOn: '2026-11-01' });
      expectStatus(await notifyNameAndAddress(stor, await manager('kent'), orderId, { notifiedOn: '2026-11-05', address: { postcode: 'ME14 1XX', force: 'kent' } }), 201);
      const asAt = await orderAsAt(stor, await national(), orderId, '2026-11-05');
      expect(asAt.body.notification).toMatchObject({ required: true, notifyTo: KENT_PPU, dueBy: '2026-11-03', receivedOn: '2026-11-05' });
      expect(asAt.body.notifications).toEqual([expect.objectContaining({ notifiedOn: '2026-11-05', lateBy: 2 })]);
    });
  });

  describe('R17: a change of name or address is notified within three days of it', () => {
    test('R17: a move notified on the third day is on time (lateBy 0); on the fifth, two days late', async () => {
      const { orderId } = await orderOf('kent', { ...notificationRequired, madeOn: '2026-01-10', servedOn: '2026-01-10' });
      const kent = await manager('kent');
      expectStatus(await notifyNameAndAddress(stor, kent, orderId, { notifiedOn: '2026-01-11', address: { postcode: 'ME14 1XX', force: 'kent' } }), 201);
      expectStatus(await notifyNameAndAddress(stor, kent, orderId, { notifiedOn: '2026-06-03', changedOn: '2026-06-01', address: { postcode: 'ME15 6AA', force: 'kent' } }), 201);
      expectStatus(await notifyNameAndAddress(stor, kent, orderId, { notifiedOn: '2026-09-05', changedOn: '2026-09-01', names: ['Jan Kowalski', 'Janek Kowal'], address: { postcode: 'ME15 6AA', force: 'kent' } }), 201);

      const asAt = await orderAsAt(stor, await national(), orderId, '2026-11-23');
      expect(asAt.body.notifications.map((n: { lateBy: number }) => n.lateBy)).toEqual([0, 0, 2]);
    });

    test('R17: a change cannot be notified before it happened (422, date-after-notification, field changedOn)', async () => {
      const { orderId } = await orderOf('kent');
      const response = await notifyNameAndAddress(stor, await manager('kent'), orderId, { notifiedOn: '2026-06-01', changedOn: '2026-06-02', address: { postcode: 'ME15 6AA', force: 'kent' } });
      expectRefusedByRule(response, 'date-after-notification', 'changedOn');
    });

    test('R17: nothing is owed once the order has ended: a notification dated after its discharge is refused (422, order-not-in-force)', async () => {
      const { orderId } = await orderOf('kent');
      expectStatus(await discharge(stor, await manager('kent'), orderId, { dischargedOn: '2026-06-01', consent: { subject: true, chiefOfficer: true } }), 200);
      const response = await notifyNameAndAddress(stor, await manager('kent'), orderId, { notifiedOn: '2026-06-02', address: { postcode: 'ME15 6AA', force: 'kent' } });
      expectRefusedByRule(response, 'order-not-in-force', 'notifiedOn');
    });
  });

  describe('R18: an address in another force area tells both areas, and makes that force a party to the order', () => {
    test("R18: a Kent order's subject notifies an address in Cumbria: 'subject-moved' to Kent and Cumbria; the north-west ROCU can now read it, and it lists as cross-border", async () => {
      const { orderId, position } = await orderOf('kent', { subject: { forenames: 'Marek', surname: 'Nowicki', dateOfBirth: '1982-02-02' } });
      const northWest = await as({ role: 'rocu', region: 'north-west' });
      expectProblem(await stor.request('GET', `/api/orders/${orderId}?position=${position}`, { token: northWest }), 403);

      // Recorded where the subject now is: any force's order manager may record a notification.
      const moved = await notifyNameAndAddress(stor, await manager('cumbria'), orderId, { notifiedOn: '2026-11-20', address: { line1: '3 Castle Street, Carlisle', postcode: 'CA3 8SY', force: 'cumbria' } });
      expectStatus(moved, 201);
      const at = moved.body.position as number;

      expect((await alertsAbout(stor, await manager('kent'), 'kent', orderId, at))[0]).toMatchObject({ kind: 'subject-moved' });
      expect((await alertsAbout(stor, await manager('cumbria'), 'cumbria', orderId, at)).map((a) => a.kind)).toEqual(['subject-moved']);

      expectStatus(await stor.request('GET', `/api/orders/${orderId}?position=${at}`, { token: northWest }), 200);
      const crossBorder = await stor.request('GET', `/api/orders?crossBorder=true&position=${at}`, { token: northWest });
      expectStatus(crossBorder, 200);
      expect(crossBorder.body.orders.map((o: { orderId: string }) => o.orderId)).toContain(orderId);
      const kentList = await stor.request('GET', `/api/orders?crossBorder=true&position=${at}`, { token: await manager('kent') });
      expect(kentList.body.orders.map((o: { orderId: string }) => o.orderId)).toContain(orderId);
    });

    test("R18: moving on from Cumbria to Lancashire tells the new area and the one left behind ('subject-moved' to Kent, Lancashire and Cumbria)", async () => {
      const { orderId } = await orderOf('kent');
      const cumbria = await manager('cumbria');
      expectStatus(await notifyNameAndAddress(stor, cumbria, orderId, { notifiedOn: '2026-10-01', address: { postcode: 'CA3 8SY', force: 'cumbria' } }), 201);
      const moved = await notifyNameAndAddress(stor, await manager('lancashire'), orderId, { notifiedOn: '2026-11-01', changedOn: '2026-10-30', address: { postcode: 'PR1 2HE', force: 'lancashire' } });
      expectStatus(moved, 201);
      const at = moved.body.position as number;

      for (const force of ['kent', 'lancashire', 'cumbria']) {
        const alerts = await alertsAbout(stor, await manager(force), force, orderId, at);
        expect({ force, latest: alerts[0]?.kind }).toEqual({ force, latest: 'subject-moved' });
      }
    });

    test('R18: a notified address in the owning force\'s own area makes no other force a party: not cross-border', async () => {
      const { orderId } = await orderOf('kent');
      const response = await notifyNameAndAddress(stor, await manager('kent'), orderId, { notifiedOn: '2026-11-01', address: { postcode: 'ME14 1XX', force: 'kent' } });
      expectStatus(response, 201);
      const list = await stor.request('GET', `/api/orders?crossBorder=true&position=${response.body.position}`, { token: await national() });
      expect(list.body.orders.map((o: { orderId: string }) => o.orderId)).not.toContain(orderId);
    });

    test('R18: an officer may not record a notification (403)', async () => {
      const { orderId } = await orderOf('kent');
      expectProblem(await notifyNameAndAddress(stor, await as({ role: 'officer', force: 'kent' }), orderId, { notifiedOn: '2026-11-01', address: { postcode: 'ME14 1XX', force: 'kent' } }), 403);
    });
  });

  describe('R31: a breach is judged against the order as it stood on the day it happened', () => {
    test('R31: a breach on a day the order was in force is recorded (201)', async () => {
      const { orderId, ids } = await orderOf('kent');
      const response = await recordBreach(stor, await manager('sussex'), orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [ids[0]] });
      expectStatus(response, 201);
      expect(response.body).toMatchObject({ breachId: expect.any(String), version: 2 });
    });

    test('R31: a breach dated before the order was made is refused (422, date-before-order-made, field occurredOn)', async () => {
      const { orderId, ids } = await orderOf('kent');
      expectRefusedByRule(await recordBreach(stor, await manager('kent'), orderId, { occurredOn: '2025-03-13', locationForce: 'kent', prohibitionIds: [ids[0]] }), 'date-before-order-made', 'occurredOn');
    });

    test('R31: a breach dated on or after the discharge is refused (422, breach-after-discharge, field occurredOn)', async () => {
      const { orderId, ids } = await orderOf('kent');
      expectStatus(await discharge(stor, await manager('kent'), orderId, { dischargedOn: '2026-10-01', consent: { subject: true, chiefOfficer: true } }), 200);
      expectRefusedByRule(await recordBreach(stor, await manager('kent'), orderId, { occurredOn: '2026-10-01', locationForce: 'kent', prohibitionIds: [ids[0]] }), 'breach-after-discharge', 'occurredOn');
      expectStatus(await recordBreach(stor, await manager('kent'), orderId, { occurredOn: '2026-09-30', locationForce: 'kent', prohibitionIds: [ids[0]] }), 201);
    });

    test('R31: a breach reported years late, dated while the order was in force, is recorded (201)', async () => {
      const { orderId, ids } = await orderOf('kent', { madeOn: '2018-05-01' });
      expectStatus(await recordBreach(stor, await manager('kent'), orderId, { occurredOn: '2019-02-14', locationForce: 'kent', prohibitionIds: [ids[0]] }), 201);
    });

    test('R31: a prohibition is breached only while it is in force: before a variation added it (422, prohibition-not-in-force), after it (201)', async () => {
      const { orderId } = await orderOf('kent');
      const varied = await vary(stor, await manager('kent'), orderId, { variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not drive a minibus', until: null }] });
      expectStatus(varied, 200);
      const added = (await readOrder(stor, await national(), orderId, varied.body.position)).prohibitions[1].prohibitionId;
      expectRefusedByRule(await recordBreach(stor, await manager('kent'), orderId, { occurredOn: '2026-05-31', locationForce: 'kent', prohibitionIds: [added] }), 'prohibition-not-in-force', 'prohibitionIds[0]');
      expectStatus(await recordBreach(stor, await manager('kent'), orderId, { occurredOn: '2026-06-01', locationForce: 'kent', prohibitionIds: [added] }), 201);
    });

    test('R31: failing to notify breaches an order that requires notification (201); an order that requires none cannot be so breached (422, rule R31, field requirements[0])', async () => {
      const required = await orderOf('kent', { ...notificationRequired, servedOn: '2025-03-14' });
      expectStatus(await recordBreach(stor, await manager('kent'), required.orderId, { occurredOn: '2025-03-20', locationForce: 'kent', prohibitionIds: [], requirements: ['notification'], description: 'Did not notify name and address' }), 201);
      // The prohibitions breached may be left out, as an empty list (API.md: lists are optional where empty makes sense).
      expectStatus(await recordBreach(stor, await manager('kent'), required.orderId, { occurredOn: '2025-03-21', locationForce: 'kent', requirements: ['notification'], description: 'Still did not notify' }), 201);

      const none = await orderOf('kent');
      const response = await recordBreach(stor, await manager('kent'), none.orderId, { occurredOn: '2025-03-20', locationForce: 'kent', prohibitionIds: [], requirements: ['notification'], description: 'Did not notify name and address' });
      expectRefusedByRule(response, 'R31', 'requirements[0]');
    });

    test('R31: failing to surrender passports breaches an order that requires surrender (201)', async () => {
      const { orderId } = await orderOf('kent', {
        prohibitions: [{ text: 'Must not travel outside the United Kingdom', until: '2027-03-13', foreignTravel: { scope: 'all', countries: [] } }],
        passportSurrender: { policeStation: 'Maidstone Police Station', dueOn: '2025-03-21' },
      });
      const response = await recordBreach(stor, await manager('kent'), orderId, { occurredOn: '2025-03-24', locationForce: 'kent', prohibitionIds: [], requirements: ['passport-surrender'], description: 'Passports not surrendered' });
      expectStatus(response, 201);
    });
  });

  describe('R32, R33: what a court may give for the breach offence (s30(3)-(4))', () => {
    /** A breach recorded in `force` of a fresh Kent order, ready for its outcome. */
    async function breachIn(force: string) {
      const { orderId, ids } = await orderOf('kent');
      const response = await recordBreach(stor, await manager(force), orderId, { occurredOn: '2026-06-01', locationForce: force, prohibitionIds: [ids[0]] });
      expectStatus(response, 201);
      return { orderId, breachId: response.body.breachId as string };
    }
    const convicted = (months: number, court: 'magistrates' | 'crown', kind = 'custody') => ({ outcome: 'convicted', decidedOn: '2026-11-01', sentence: { kind, months, court } });

    test('R32: in England and Wales, magistrates may give up to six months (200) and no more (7: 422, rule R32, field sentence.months)', async () => {
      const { orderId, breachId } = await breachIn('kent');
      const kent = await manager('kent');
      expectRefusedByRule(await recordBreachOutcome(stor, kent, orderId, breachId, convicted(7, 'magistrates')), 'R32', 'sentence.months');
      expectStatus(await recordBreachOutcome(stor, kent, orderId, breachId, convicted(6, 'magistrates')), 200);
    });

    test('R32: on indictment, up to five years (60 months: 200; 61: 422, rule R32)', async () => {
      const { orderId, breachId } = await breachIn('kent');
      const kent = await manager('kent');
      expectRefusedByRule(await recordBreachOutcome(stor, kent, orderId, breachId, convicted(61, 'crown')), 'R32', 'sentence.months');
      expectStatus(await recordBreachOutcome(stor, kent, orderId, breachId, convicted(60, 'crown')), 200);
    });

    test('R32: a suspended sentence is held to the same maximum (7 months suspended by magistrates: 422, rule R32)', async () => {
      const { orderId, breachId } = await breachIn('kent');
      expectRefusedByRule(await recordBreachOutcome(stor, await manager('kent'), orderId, breachId, convicted(7, 'magistrates', 'suspended-custody')), 'R32', 'sentence.months');
    });

    test('R32: a breach in Scotland — summary maximum twelve months (12: 200; 13: 422, rule R32)', async () => {
      const { orderId, breachId } = await breachIn('police-scotland');
      const scotland = await manager('police-scotland');
      expectRefusedByRule(await recordBreachOutcome(stor, scotland, orderId, breachId, convicted(13, 'magistrates')), 'R32', 'sentence.months');
      expectStatus(await recordBreachOutcome(stor, scotland, orderId, breachId, convicted(12, 'magistrates')), 200);
    });

    test('R32: a breach in Northern Ireland — summary maximum six months (7: 422, rule R32; 6: 200)', async () => {
      const { orderId, breachId } = await breachIn('psni');
      const psni = await manager('psni');
      expectRefusedByRule(await recordBreachOutcome(stor, psni, orderId, breachId, convicted(7, 'magistrates')), 'R32', 'sentence.months');
      expectStatus(await recordBreachOutcome(stor, psni, orderId, breachId, convicted(6, 'magistrates')), 200);
    });

    test('R33: no conditional discharge on conviction (422, rule R33, field sentence.kind); an absolute discharge or a fine is accepted (200)', async () => {
      const { orderId, breachId } = await breachIn('kent');
      const kent = await manager('kent');
      expectRefusedByRule(await recordBreachOutcome(stor, kent, orderId, breachId, { outcome: 'convicted', decidedOn: '2026-11-01', sentence: { kind: 'conditional-discharge', court: 'magistrates' } }), 'R33', 'sentence.kind');
      expectStatus(await recordBreachOutcome(stor, kent, orderId, breachId, { outcome: 'convicted', decidedOn: '2026-11-01', sentence: { kind: 'absolute-discharge', court: 'magistrates' } }), 200);
      const other = await breachIn('kent');
      expectStatus(await recordBreachOutcome(stor, kent, other.orderId, other.breachId, { outcome: 'convicted', decidedOn: '2026-11-01', sentence: { kind: 'fine', court: 'crown' } }), 200);
    });

    test('R31: the outcome is recorded by the force where the breach happened (403 for the owning force, when it happened elsewhere)', async () => {
      const { orderId, breachId } = await breachIn('sussex');
      expectProblem(await recordBreachOutcome(stor, await manager('kent'), orderId, breachId, { outcome: 'charged', decidedOn: '2026-06-02' }), 403);
      expectStatus(await recordBreachOutcome(stor, await manager('sussex'), orderId, breachId, { outcome: 'charged', decidedOn: '2026-06-02' }), 200);
    });
  });

  describe('R37: whether breaching an order is an offence where the officer is', () => {
    let stpo: string;
    let tepo: string;
    let niStpo: string;

    beforeAll(async () => {
      const subject = { forenames: 'Radu', surname: 'Vasilescu', dateOfBirth: '1978-08-08' };
      const first = await orderOf('kent', { subject });
      stpo = first.orderId;
      const subjectId = first.order.subject.subjectId as string;
      tepo = (await orderOf('police-scotland', { type: 'TEPO', court: 'Glasgow Sheriff Court', subject: { ...subject, subjectId }, prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] })).orderId;
      niStpo = (await orderOf('psni', { type: 'NI_STPO', court: 'Belfast Crown Court', subject: { ...subject, subjectId } })).orderId;
    });

    async function offenceHere(who: TokenFor): Promise<Record<string, boolean | null>> {
      const response = await check(stor, await as(who), { name: 'Radu Vasilescu' });
      expectStatus(response, 200);
      const [radu] = response.body.matches as { activeOrders: { orderId: string; breachIsOffenceHere: boolean | null }[] }[];
      expect(radu.activeOrders).toHaveLength(3);
      return Object.fromEntries(radu.activeOrders.map((o) => [o.orderId, o.breachIsOffenceHere]));
    }

    test('R37: an officer of Kent (England and Wales) — STPO and NI STPO yes, a Scottish TEPO no (s30(1), legal review A8)', async () => {
      expect(await offenceHere({ role: 'officer', force: 'kent' })).toEqual({ [stpo]: true, [niStpo]: true, [tepo]: false });
    });

    test('R37: an officer of Police Scotland — every UK order, the STPO included (HTE(S)A s32(2))', async () => {
      expect(await offenceHere({ role: 'officer', force: 'police-scotland' })).toEqual({ [stpo]: true, [niStpo]: true, [tepo]: true });
    });

    test('R37: an officer of the PSNI — every UK order (S.R. 2016/102)', async () => {
      expect(await offenceHere({ role: 'officer', force: 'psni' })).toEqual({ [stpo]: true, [niStpo]: true, [tepo]: true });
    });

    test('R37: a user with no force of one jurisdiction (national; British Transport Police) is told neither (null)', async () => {
      expect(await offenceHere({ role: 'national' })).toEqual({ [stpo]: null, [niStpo]: null, [tepo]: null });
      expect(await offenceHere({ role: 'officer', force: 'btp' })).toEqual({ [stpo]: null, [niStpo]: null, [tepo]: null });
    });

    test('R37: a TEPO managed by an English force is cross-border (the order\'s law differs from its owner\'s)', async () => {
      const { orderId, position } = await orderOf('cumbria', { type: 'TEPO', court: 'Dumfries Sheriff Court', prohibitions: [{ text: NAMED_PERSONS, until: '2030-03-13' }] });
      const list = await stor.request('GET', `/api/orders?crossBorder=true&position=${position}`, { token: await as({ role: 'rocu', region: 'north-west' }) });
      expectStatus(list, 200);
      expect(list.body.orders.map((o: { orderId: string }) => o.orderId)).toContain(orderId);
    });
  });

  // The clock moves forward from here on.
  describe('the clock: R16 marks a notification overdue after served + 2; R21 a renewed prohibition runs to its new day', () => {
    let late: string;
    let onTime: string;
    let noneRequired: string;
    let discharged: string;
    let renewed: string;
    let notRenewed: string;

    beforeAll(async () => {
      const served = { madeOn: '2026-11-23', servedOn: '2026-11-23', court: 'Chelmsford Crown Court' };
      late = (await orderOf('essex', { ...notificationRequired, ...served })).orderId;
      onTime = (await orderOf('essex', { ...notificationRequired, ...served })).orderId;
      noneRequired = (await orderOf('essex', served)).orderId;
      discharged = (await orderOf('essex', { ...notificationRequired, ...served })).orderId;
      expectStatus(await discharge(stor, await manager('essex'), discharged, { dischargedOn: '2026-11-23', consent: { subject: true, chiefOfficer: true }, court: 'Chelmsford Crown Court' }), 200);

      // Two STROs whose only prohibition runs to 30 November 2026; the court renewed one of them.
      const stro = { type: 'STRO', madeOn: '2024-11-01', court: 'Chelmsford Magistrates’ Court', prohibitions: [{ text: CAR_WASHES, until: '2026-11-30' }] };
      const first = await orderOf('essex', stro);
      renewed = first.orderId;
      notRenewed = (await orderOf('essex', stro)).orderId;
      const response = await stor.request('POST', `/api/orders/${renewed}/renewals`, {
        token: await manager('essex'),
        body: { court: 'Chelmsford Magistrates’ Court', renewedOn: '2026-11-20', prohibitions: [{ prohibitionId: first.ids[0], until: '2028-11-19' }] },
      });
      expectStatus(response, 200);
    });

    const overdueAlerts = async (orderId: string) => (await alertsAbout(stor, await manager('essex'), 'essex', orderId)).filter((a) => a.kind === 'notification-overdue');

    test('R16: on the last day (served 23 November, due by 25 November) nothing is overdue', async () => {
      stor.clock.set('2026-11-25T21:00:00Z');
      await stor.tickClock();
      expect(await overdueAlerts(late)).toEqual([]);
      expectStatus(await notifyNameAndAddress(stor, await manager('essex'), onTime, { notifiedOn: '2026-11-25', address: { postcode: 'CM1 1QH', force: 'essex' } }), 201);
    });

    test("R16: the day after, the owning force gets a 'notification-overdue' alert for the subject who did not notify", async () => {
      stor.clock.set('2026-11-26T09:00:00Z');
      await stor.tickClock();

      const alerts = await overdueAlerts(late);
      expect(alerts).toHaveLength(1);
      expect(alerts[0].reason).toContain('2026-11-25');
      expect((await orderAsAt(stor, await national(), late, '2026-11-26')).body.notification).toMatchObject({ dueBy: '2026-11-25', receivedOn: null, overdue: true });
    });

    test('R16: no overdue alert for the subject who notified on time, nor for an order that requires no notification (R15), nor once the order was discharged', async () => {
      expect(await overdueAlerts(onTime)).toEqual([]);
      expect(await overdueAlerts(noneRequired)).toEqual([]);
      expect(await overdueAlerts(discharged)).toEqual([]);
    });

    test('R16: running the clock again raises nothing more; a late notification is then recorded as one day late', async () => {
      await stor.tickClock();
      expect(await overdueAlerts(late)).toHaveLength(1);

      expectStatus(await notifyNameAndAddress(stor, await manager('essex'), late, { notifiedOn: '2026-11-26', address: { postcode: 'CM1 1QH', force: 'essex' } }), 201);
      const asAt = await orderAsAt(stor, await national(), late, '2026-11-26');
      expect(asAt.body.notifications).toEqual([expect.objectContaining({ lateBy: 1 })]);
    });

    test('R21: on 1 December 2026 the clock expires the STRO that was not renewed, and not the one renewed to 19 November 2028', async () => {
      stor.clock.set('2026-12-01T09:00:00Z');
      await stor.tickClock();
      const national = await as({ role: 'national' });
      expect(await readOrder(stor, national, notRenewed)).toMatchObject({ status: 'expired', prohibitions: [expect.objectContaining({ until: '2026-11-30', status: 'expired' })] });
      expect(await readOrder(stor, national, renewed)).toMatchObject({ status: 'active', prohibitions: [expect.objectContaining({ until: '2028-11-19', status: 'in-force' })] });
    });
  });
});
