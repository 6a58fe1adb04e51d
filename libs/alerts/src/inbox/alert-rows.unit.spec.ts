import type { SubjectId } from '#domain';
import type { OrderId } from '#domain';
import type { ForceCode } from '#forces';
import type { OrderEvent, OrderMade } from '#domain';
import { deterministicId } from '#platform';
import { type AlertRow, inboxRowsOf, type OrderRouting } from './alert-rows.js';

const ORDER = 'order-1' as OrderId;
const AT = '2026-11-23T09:00:00.000Z';

function made(owningForce: ForceCode = 'kent'): OrderMade {
  return {
    type: 'OrderMade',
    data: {
      orderId: ORDER,
      orderType: 'STPO',
      owningForce,
      court: 'Maidstone Crown Court',
      madeOn: '2025-03-14',
      servedOn: null,
      subject: { subjectId: 's-1' as SubjectId, forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [], pncId: null },
      prohibitions: [{ prohibitionId: 'p-1', text: 'Must not enter any car wash premises', until: null }],
      legalBasis: 's14',
      applicant: null,
      notifiedForce: null,
      qualifyingOffence: null,
      notification: { required: false, notifyTo: null },
      passportSurrender: null,
      interimOrderId: null,
      subjectAddress: null,
    },
  };
}

const transferred = (fromForce: ForceCode, toForce: ForceCode): OrderEvent => ({ type: 'OwningForceChanged', data: { orderId: ORDER, fromForce, toForce, transferredOn: '2026-01-02' } });

/** The inbox after `history`, then what `event` does to it; each event is the next in the log. */
function given(...history: OrderEvent[]) {
  const recorded = (index: number) => ({ eventId: `event-${index}`, recordedAt: AT, position: 100 + index });
  const routing = history.reduce<OrderRouting | null>((held, event, index) => inboxRowsOf(held, event, recorded(index)).routing, null);
  return {
    when(event: OrderEvent) {
      const after = inboxRowsOf(routing, event, recorded(history.length));
      return {
        thenRouting(expected: OrderRouting | null) {
          expect(after.routing).toEqual(expected);
          return this;
        },
        thenAlerts(expected: Partial<AlertRow>[]) {
          expect([...after.alerts].sort((a, b) => a.force.localeCompare(b.force))).toEqual(expected.map((alert) => expect.objectContaining(alert)));
          return this;
        },
      };
    },
  };
}

describe('what an order event does to the inbox', () => {
  test('an order made is routed from its making and alerts its force and the neighbours, each alert keyed by the event and the force', () => {
    given()
      .when(made('kent'))
      .thenRouting({ orderType: 'STPO', owningForce: 'kent' })
      .thenAlerts([
        { force: 'kent', kind: 'order-made', why: 'owning-force', alertId: deterministicId('event-0', 'kent'), orderId: ORDER, breachId: null, raisedAt: AT, position: 100 },
        { force: 'met', why: 'neighbour-of-owning-force', alertId: deterministicId('event-0', 'met') },
        { force: 'surrey', why: 'neighbour-of-owning-force' },
        { force: 'sussex', why: 'neighbour-of-owning-force' },
      ]);
  });

  test('an event about an order the inbox has not seen made raises nothing', () => {
    given().when(transferred('kent', 'sussex')).thenRouting(null).thenAlerts([]);
  });

  test('a transfer moves the routing: the new owner and the one before hear of it', () => {
    given(made('kent'))
      .when(transferred('kent', 'sussex'))
      .thenRouting({ orderType: 'STPO', owningForce: 'sussex' })
      .thenAlerts([
        { force: 'kent', kind: 'order-transferred', why: 'previous-owning-force' },
        { force: 'sussex', kind: 'order-transferred', why: 'owning-force' },
      ]);
  });

  test('a making seen again leaves the order routed where it is now, and alerts from there', () => {
    given(made('kent'), transferred('kent', 'sussex'))
      .when(made('kent'))
      .thenRouting({ orderType: 'STPO', owningForce: 'sussex' })
      .thenAlerts([
        { force: 'hampshire', why: 'neighbour-of-owning-force' },
        { force: 'kent', why: 'neighbour-of-owning-force' },
        { force: 'surrey', why: 'neighbour-of-owning-force' },
        { force: 'sussex', why: 'owning-force' },
      ]);
  });

  test('a breach carries its id on every alert it raises', () => {
    const breach: OrderEvent = {
      type: 'BreachRecorded',
      data: { orderId: ORDER, breachId: 'b-1', occurredOn: '2026-11-20', locationForce: 'kent', description: 'Seen at a car wash', prohibitionIds: ['p-1'], requirements: [] },
    };
    given(made('kent'))
      .when(breach)
      .thenAlerts([
        { force: 'kent', kind: 'breach-recorded', breachId: 'b-1' },
        { force: 'met', breachId: 'b-1' },
        { force: 'surrey', breachId: 'b-1' },
        { force: 'sussex', breachId: 'b-1' },
      ]);
  });

  test('a notification of an address in the same area as before, or an appeal lodged, raises nothing', () => {
    const sameArea: OrderEvent = {
      type: 'NotificationReceived',
      data: { orderId: ORDER, notificationId: 'n-2', notifiedOn: '2026-02-01', names: [], address: { line1: '2 High St', postcode: 'ME14 1AA', force: 'kent' as const }, previousAddressForce: 'kent', lateBy: 0, changedOn: null },
    };
    given(made('kent')).when(sameArea).thenRouting({ orderType: 'STPO', owningForce: 'kent' }).thenAlerts([]);
    given(made('kent')).when({ type: 'AppealLodged', data: { orderId: ORDER, appealId: 'a-1', court: 'Court of Appeal', lodgedOn: '2026-01-02' } }).thenAlerts([]);
  });
});
