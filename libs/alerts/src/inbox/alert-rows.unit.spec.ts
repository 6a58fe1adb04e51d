import type { NotifiedAddress, OrderEvent, OrderId, OrderMade, OrderType, ProhibitionTerms, SubjectId } from '#domain';
import type { ForceCode } from '#forces';
import { deterministicId } from '#platform';
import { type AlertRow, inboxRowsOf, type OrderRouting } from './alert-rows.js';

const ORDER = 'order-1' as OrderId;
const SUBJECT = 's-1';
const AT = '2026-11-23T09:00:00.000Z';
const CAR_WASHES: ProhibitionTerms = { prohibitionId: 'p-1', text: 'Must not enter any car wash premises', until: null };
const TRAVEL_BAN: ProhibitionTerms = { prohibitionId: 'p-9', text: 'Must not travel to Romania', until: '2030-01-01', foreignTravel: { scope: 'named-countries', countries: ['RO'] } };

function made(owningForce: ForceCode = 'kent', { orderType = 'STPO' as OrderType, subjectAddress = null as NotifiedAddress | null, prohibitions = [CAR_WASHES] } = {}): OrderMade {
  return {
    type: 'OrderMade',
    data: {
      orderId: ORDER,
      orderType,
      owningForce,
      court: 'Maidstone Crown Court',
      madeOn: '2025-03-14',
      servedOn: null,
      subject: { subjectId: SUBJECT as SubjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [], pncId: null },
      prohibitions,
      legalBasis: 's14',
      applicant: null,
      notifiedForce: null,
      qualifyingOffence: null,
      notification: { required: false, notifyTo: null },
      passportSurrender: null,
      interimOrderId: null,
      subjectAddress,
    },
  };
}

const address = (force: ForceCode): NotifiedAddress => ({ line1: '1 High Street', postcode: 'LA1 1AA', force });
const transferred = (fromForce: ForceCode, toForce: ForceCode): OrderEvent => ({ type: 'OwningForceChanged', data: { orderId: ORDER, fromForce, toForce, transferredOn: '2026-01-02' } });
const notified = (force: ForceCode, previousAddressForce: ForceCode | null, notificationId = 'n-1'): OrderEvent => ({
  type: 'NotificationReceived',
  data: { orderId: ORDER, notificationId, notifiedOn: '2026-02-01', names: [], address: address(force), previousAddressForce, lateBy: 0, changedOn: null },
});
const breach = (locationForce: ForceCode): OrderEvent => ({
  type: 'BreachRecorded',
  data: { orderId: ORDER, breachId: 'b-1', occurredOn: '2026-11-20', locationForce, description: 'Seen at a car wash', prohibitionIds: ['p-1'], requirements: [] },
});
const varied = (addedProhibitions: ProhibitionTerms[] = []): OrderEvent => ({
  type: 'OrderVaried',
  data: { orderId: ORDER, court: 'Maidstone Crown Court', variedOn: '2026-06-01', addedProhibitions, removedProhibitionIds: [], passportSurrender: null },
});
const discharged: OrderEvent = { type: 'OrderDischarged', data: { orderId: ORDER, court: 'Maidstone Crown Court', dischargedOn: '2026-11-01', consent: { subject: true, chiefOfficer: true } } };

/** The inbox after `history`, then what `event` does to it; each event is the next in the log. */
function given(...history: OrderEvent[]) {
  const recorded = (index: number) => ({ eventId: `event-${index}`, recordedAt: AT, position: 100 + index });
  const routing = history.reduce<OrderRouting | null>((held, event, index) => inboxRowsOf(held, event, recorded(index)).routing, null);
  return {
    routing,
    when(event: OrderEvent) {
      const after = inboxRowsOf(routing, event, recorded(history.length));
      return {
        after,
        thenRouting(expected: OrderRouting | null) {
          expect(after.routing).toEqual(expected);
          return this;
        },
        thenAlerts(expected: Partial<AlertRow>[]) {
          expect([...after.alerts].sort((a, b) => a.force.localeCompare(b.force))).toEqual(expected.map((alert) => expect.objectContaining(alert)));
          return this;
        },
        thenForces(expected: string[]) {
          expect(after.alerts.map((alert) => alert.force).sort()).toEqual(expected);
          return this;
        },
      };
    },
  };
}

const routing = (overrides: Partial<OrderRouting> = {}): OrderRouting => ({
  orderType: 'STPO',
  owningForce: 'kent',
  subjectId: SUBJECT,
  addressForce: null,
  alerted: ['kent', 'met', 'surrey', 'sussex'],
  ...overrides,
});

describe('what an order event does to the inbox', () => {
  test('an order made is routed from its making and alerts its force and the neighbours; each alert names the order, the subject and the event, keyed by the event and the force', () => {
    given()
      .when(made('kent'))
      .thenRouting(routing())
      .thenAlerts([
        {
          force: 'kent',
          kind: 'order-made',
          why: 'owning-force',
          alertId: deterministicId('event-0', 'kent'),
          orderId: ORDER,
          subjectId: SUBJECT,
          breachId: null,
          eventId: 'event-0',
          eventType: 'OrderMade',
          raisedAt: AT,
          position: 100,
        },
        { force: 'met', why: 'neighbour-of-owning-force', alertId: deterministicId('event-0', 'met'), subjectId: SUBJECT, eventId: 'event-0', eventType: 'OrderMade' },
        { force: 'surrey', why: 'neighbour-of-owning-force' },
        { force: 'sussex', why: 'neighbour-of-owning-force' },
      ]);
  });

  test('an order made where the subject lives elsewhere routes by that address and alerts its area and neighbours too', () => {
    given()
      .when(made('kent', { subjectAddress: address('cumbria') }))
      .thenRouting(routing({ addressForce: 'cumbria', alerted: ['cumbria', 'durham', 'kent', 'lancashire', 'met', 'north-yorkshire', 'northumbria', 'police-scotland', 'surrey', 'sussex'] }))
      .thenForces(['cumbria', 'durham', 'kent', 'lancashire', 'met', 'north-yorkshire', 'northumbria', 'police-scotland', 'surrey', 'sussex']);
  });

  test('a Scottish order whose subject lives in Cumbria alerts Cumbria and its neighbours as a Scottish order', () => {
    const { after } = given()
      .when(made('police-scotland', { orderType: 'TEPO', subjectAddress: address('cumbria'), prohibitions: [{ ...CAR_WASHES, until: '2030-03-13' }] }))
      .thenForces(['cumbria', 'durham', 'lancashire', 'north-yorkshire', 'northumbria', 'police-scotland']);
    expect(after.alerts.find((alert) => alert.force === 'cumbria')?.reason).toMatch(/a Scottish order whose subject lives in your area\.$/);
  });

  test('an order made with a travel ban alerts British Transport Police', () => {
    given()
      .when(made('kent', { prohibitions: [CAR_WASHES, TRAVEL_BAN] }))
      .thenForces(['btp', 'kent', 'met', 'surrey', 'sussex']);
  });

  test('an event about an order the inbox has not seen made raises nothing', () => {
    given().when(transferred('kent', 'sussex')).thenRouting(null).thenAlerts([]);
  });

  test('a transfer moves the routing: the new owner, the one before and every force alerted before hear of it', () => {
    given(made('kent'))
      .when(transferred('kent', 'cumbria'))
      .thenRouting(routing({ owningForce: 'cumbria', alerted: ['cumbria', 'kent', 'met', 'surrey', 'sussex'] }))
      .thenAlerts([
        { force: 'cumbria', kind: 'order-transferred', why: 'owning-force', eventType: 'OwningForceChanged' },
        { force: 'kent', kind: 'order-transferred', why: 'previous-owning-force' },
        { force: 'met', kind: 'order-transferred', why: 'alerted-before' },
        { force: 'surrey', why: 'alerted-before' },
        { force: 'sussex', why: 'alerted-before' },
      ]);
  });

  test('a making seen again leaves the order routed where it is now, and alerts from there', () => {
    const { routing: held } = given(made('kent'), transferred('kent', 'sussex'));
    given(made('kent'), transferred('kent', 'sussex'))
      .when(made('kent'))
      .thenRouting({ ...held!, alerted: ['hampshire', 'kent', 'met', 'surrey', 'sussex'] })
      .thenAlerts([
        { force: 'hampshire', why: 'neighbour-of-owning-force' },
        { force: 'kent', why: 'neighbour-of-owning-force' },
        { force: 'surrey', why: 'neighbour-of-owning-force' },
        { force: 'sussex', why: 'owning-force' },
      ]);
  });

  test('a breach carries its id on every alert it raises, and its recipients join the forces alerted', () => {
    given(made('kent'))
      .when(breach('sussex'))
      .thenRouting(routing({ alerted: ['hampshire', 'kent', 'met', 'surrey', 'sussex'] }))
      .thenAlerts([
        { force: 'hampshire', kind: 'breach-recorded', breachId: 'b-1', eventType: 'BreachRecorded' },
        { force: 'kent', breachId: 'b-1' },
        { force: 'surrey', breachId: 'b-1' },
        { force: 'sussex', breachId: 'b-1' },
      ]);
  });

  test('a variation alerts every force alerted before — the neighbours of the making and of the breach — and no one else', () => {
    given(made('kent'), breach('sussex'))
      .when(varied())
      .thenAlerts([
        { force: 'hampshire', kind: 'order-varied', why: 'alerted-before', eventType: 'OrderVaried' },
        { force: 'kent', why: 'owning-force' },
        { force: 'met', why: 'alerted-before' },
        { force: 'surrey', why: 'alerted-before' },
        { force: 'sussex', why: 'alerted-before' },
      ]);
  });

  test('a variation adding a travel ban alerts BTP too, and BTP hears of what becomes of the order after', () => {
    given(made('kent')).when(varied([TRAVEL_BAN])).thenForces(['btp', 'kent', 'met', 'surrey', 'sussex']);
    given(made('kent'), varied([TRAVEL_BAN])).when(discharged).thenForces(['btp', 'kent', 'met', 'surrey', 'sussex']);
  });

  test('a renewal, a variation or quashing on appeal, a supersession, an interim order ended, an expiry: every force alerted before', () => {
    const renewed: OrderEvent = { type: 'OrderRenewed', data: { orderId: ORDER, court: 'Court', renewedOn: '2026-01-01', prohibitions: [] } };
    const appealVaried: OrderEvent = {
      type: 'AppealDetermined',
      data: { orderId: ORDER, appealId: 'a-1', outcome: 'varied', decidedOn: '2026-02-01', variation: { addedProhibitions: [TRAVEL_BAN], removedProhibitionIds: [], passportSurrender: null } },
    };
    const quashed: OrderEvent = { type: 'AppealDetermined', data: { orderId: ORDER, appealId: 'a-1', outcome: 'quashed', decidedOn: '2026-02-01', variation: null } };
    const superseded: OrderEvent = { type: 'OrderSuperseded', data: { orderId: ORDER, supersededBy: 'order-2' as OrderId, supersededOn: '2026-02-01' } };
    const interimEnded: OrderEvent = { type: 'MainApplicationDetermined', data: { orderId: ORDER, determinedBy: 'order-2' as OrderId, endedOn: '2026-02-01' } };
    const expired: OrderEvent = { type: 'OrderExpired', data: { orderId: ORDER, expiredOn: '2030-01-02' } };
    const home = made('kent', { subjectAddress: address('essex') });
    const toldBefore = ['cambridgeshire', 'essex', 'hertfordshire', 'kent', 'met', 'suffolk', 'surrey', 'sussex'];
    for (const event of [renewed, quashed, superseded, interimEnded, expired, discharged]) given(home).when(event).thenForces(toldBefore);
    given(home).when(appealVaried).thenForces(['btp', ...toldBefore]);
  });

  test('a notification in another area routes by the new address and alerts its area and neighbours, the area left and the owner', () => {
    given(made('kent', { subjectAddress: address('sussex') }))
      .when(notified('lancashire', 'sussex'))
      .thenAlerts([
        { force: 'cumbria', kind: 'subject-moved', why: 'neighbour-of-address-force', eventType: 'NotificationReceived' },
        { force: 'greater-manchester', why: 'neighbour-of-address-force' },
        { force: 'kent', why: 'owning-force' },
        { force: 'lancashire', why: 'new-address-force' },
        { force: 'merseyside', why: 'neighbour-of-address-force' },
        { force: 'north-yorkshire', why: 'neighbour-of-address-force' },
        { force: 'sussex', why: 'previous-address-force' },
        { force: 'west-yorkshire', why: 'neighbour-of-address-force' },
      ]);
    expect(given(made('kent', { subjectAddress: address('sussex') })).when(notified('lancashire', 'sussex')).after.routing?.addressForce).toBe('lancashire');
  });

  test('a notification of an address in the same area as before, or an appeal lodged, raises nothing and leaves the routing as it was', () => {
    const atHome = given(made('kent', { subjectAddress: address('kent') }));
    expect(atHome.when(notified('kent', 'kent')).thenAlerts([]).after.routing).toBe(atHome.routing);
    given(made('kent')).when({ type: 'AppealLodged', data: { orderId: ORDER, appealId: 'a-1', court: 'Court of Appeal', lodgedOn: '2026-01-02' } }).thenAlerts([]);
  });

  test('an order expiring soon alerts the force that owns it now, and no one else, even those alerted before', () => {
    const expiringSoon: OrderEvent = { type: 'OrderExpiringSoon', data: { orderId: ORDER, lastDay: '2027-03-14', warnedOn: '2027-02-14' } };
    given(made('kent'), transferred('kent', 'sussex'))
      .when(expiringSoon)
      .thenAlerts([
        {
          force: 'sussex',
          kind: 'expiring-soon',
          why: 'owning-force',
          orderId: ORDER,
          alertId: deterministicId('event-2', 'sussex'),
          eventType: 'OrderExpiringSoon',
          reason: 'An order owned by Sussex Police (your force) ends after 14 March 2027 unless it is renewed.',
        },
      ]);
  });

  test('an event whose recipients were all alerted before leaves the routing object as it was', () => {
    const kentOrder = given(made('kent'));
    expect(kentOrder.when(varied()).after.routing).toBe(kentOrder.routing);
  });

  test('an order routed before the inbox kept the subject still alerts, naming no subject', () => {
    const old: OrderRouting = { orderType: 'STPO', owningForce: 'kent', subjectId: null, addressForce: null, alerted: [] };
    const after = inboxRowsOf(old, discharged, { eventId: 'e-9', recordedAt: AT, position: 900 });
    expect(after.alerts).toEqual([expect.objectContaining({ force: 'kent', subjectId: null, eventId: 'e-9', eventType: 'OrderDischarged' })]);
    expect(after.routing).toEqual({ ...old, alerted: ['kent'] });
  });
});
