import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import type { OrderEvent } from '../events.js';
import { replay } from '../evolve.js';
import { initialState, type OrderInForceOrEnded } from '../state.js';
import { allCountriesBan, breachRecorded, makeOrder, ORDER_ID, orderMade, orderVaried, prohibition, SURRENDER } from '../testing/fixtures.js';
import { orderAsAt } from './order-as-at.js';
import { orderStatusOn } from './order-status.js';

function order(events: OrderEvent[]): OrderInForceOrEnded {
  const state = replay(events);
  if (state.status === 'none') throw new Error('expected an order');
  return state;
}

// A Kent STPO made 2025-03-10: p-1 until further order, p-2 an all-countries ban to 2026-03-09,
// passports surrendered 2025-03-12; p-2 renewed on 2026-01-05 to 2028-03-09; transferred to Sussex
// on 2026-02-01; p-1 removed and p-3 added by variation 2026-04-01; a Sussex breach on 2026-05-01,
// charged 2026-05-10; appealed 2026-05-15 and quashed 2026-09-01.
const court = 'Maidstone Crown Court';
const history: OrderEvent[] = [
  orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), allCountriesBan('p-2', '2026-03-09')], passportSurrender: SURRENDER, notification: { required: true, notifyTo: 'PPU' } })),
  { type: 'PassportsSurrendered', data: { orderId: ORDER_ID, surrenderedOn: '2025-03-12', passports: ['PL1'], lateBy: 0 } },
  { type: 'OrderRenewed', data: { orderId: ORDER_ID, court, renewedOn: '2026-01-05', prohibitions: [{ prohibitionId: 'p-2', previousUntil: '2026-03-09', until: '2028-03-09' }] } },
  { type: 'OwningForceChanged', data: { orderId: ORDER_ID, fromForce: 'kent', toForce: 'sussex', transferredOn: '2026-02-01' } },
  orderVaried('2026-04-01', ['p-1'], [prohibition('p-3', null)]),
  breachRecorded('b-1', '2026-05-01', ['p-3']),
  { type: 'BreachOutcomeRecorded', data: { orderId: ORDER_ID, breachId: 'b-1', outcome: 'charged', decidedOn: '2026-05-10', sentence: null } },
  { type: 'AppealLodged', data: { orderId: ORDER_ID, appealId: 'a-1', court: 'Court of Appeal', lodgedOn: '2026-05-15' } },
  { type: 'AppealDetermined', data: { orderId: ORDER_ID, appealId: 'a-1', outcome: 'quashed', decidedOn: '2026-09-01', variation: null } },
];
const state = order(history);
const statuses = (day: IsoDate) => Object.fromEntries(orderAsAt(state, day)!.prohibitions.map((p) => [p.prohibitionId, `${p.status}${p.until ? ` to ${p.until}` : ''}`]));

describe('orderAsAt', () => {
  it('is null before the order was made', () => {
    expect(orderAsAt(state, '2025-03-09')).toBeNull();
  });

  it('on the day it was made: active, owned by Kent, the notification not yet due', () => {
    const asAt = orderAsAt(state, '2025-03-10')!;
    expect(asAt).toMatchObject({ asAt: '2025-03-10', status: 'active', owningForce: 'kent', previousOwningForces: [], passportsHeld: [], breaches: [], appeals: [] });
    expect(asAt.notification).toEqual({ required: true, notifyTo: 'PPU', dueBy: '2025-03-13', receivedOn: null, overdue: false });
    expect(statuses('2025-03-10')).toEqual({ 'p-1': 'in-force', 'p-2': 'in-force to 2026-03-09', 'p-3': 'not-yet' });
  });

  it('shows the notification overdue after its deadline while none was received', () => {
    expect(orderAsAt(state, '2025-03-14')!.notification.overdue).toBe(true);
    expect(orderAsAt(state, '2025-03-14')!.passportsHeld).toEqual(['PL1']);
  });

  it('before a renewal the old until applied; from the renewal day, the new one', () => {
    expect(statuses('2026-01-04')['p-2']).toBe('in-force to 2026-03-09');
    expect(statuses('2026-01-05')['p-2']).toBe('in-force to 2028-03-09');
  });

  it('follows the owning force by transfer date (R39)', () => {
    expect(orderAsAt(state, '2026-01-31')).toMatchObject({ owningForce: 'kent', previousOwningForces: [] });
    expect(orderAsAt(state, '2026-02-01')).toMatchObject({ owningForce: 'sussex', previousOwningForces: ['kent'] });
  });

  it('follows variations by their day', () => {
    expect(statuses('2026-03-31')).toEqual({ 'p-1': 'in-force', 'p-2': 'in-force to 2028-03-09', 'p-3': 'not-yet' });
    expect(statuses('2026-04-01')).toEqual({ 'p-1': 'removed', 'p-2': 'in-force to 2028-03-09', 'p-3': 'in-force' });
  });

  it('shows breaches that had happened, and only the outcomes decided by then', () => {
    expect(orderAsAt(state, '2026-04-30')!.breaches).toEqual([]);
    expect(orderAsAt(state, '2026-05-01')!.breaches[0]!.outcomes).toEqual([]);
    expect(orderAsAt(state, '2026-05-10')!.breaches[0]!.outcomes).toHaveLength(1);
  });

  it('shows an appeal pending until its decision day, then the order quashed', () => {
    expect(orderAsAt(state, '2026-08-31')).toMatchObject({ status: 'active', appeals: [{ appealId: 'a-1', outcome: null, decidedOn: null }] });
    const after = orderAsAt(state, '2026-09-01')!;
    expect(after).toMatchObject({ status: 'quashed', appeals: [{ outcome: 'quashed', decidedOn: '2026-09-01' }] });
    expect(statuses('2026-09-01')).toEqual({ 'p-1': 'removed', 'p-2': 'removed to 2028-03-09', 'p-3': 'removed' });
  });

  it('judges a fixed prohibition expired after its last day even before the clock records it', () => {
    const interim = order([orderMade(makeOrder({ orderType: 'INTERIM_STRO', prohibitions: [prohibition('p-1', '2025-06-01')] }))]);
    expect(orderAsAt(interim, '2025-06-01')).toMatchObject({ status: 'interim', prohibitions: [{ status: 'in-force', endedOn: null }] });
    expect(orderAsAt(interim, '2025-06-02')).toMatchObject({ status: 'expired', prohibitions: [{ status: 'expired', endedOn: '2025-06-02' }] });
  });

  it('shows superseded and ended orders from the day they ended', () => {
    const superseded = order([orderMade(), { type: 'OrderSuperseded', data: { orderId: ORDER_ID, supersededBy: 'order-2' as OrderId, supersededOn: '2026-01-01' } }]);
    expect(orderAsAt(superseded, '2025-12-31')!.status).toBe('active');
    expect(orderAsAt(superseded, '2026-01-01')!.status).toBe('superseded');
    const ended = order([
      orderMade(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2026-09-01')] })),
      { type: 'MainApplicationDetermined', data: { orderId: ORDER_ID, determinedBy: 'order-2' as OrderId, endedOn: '2026-01-01' } },
    ]);
    expect(orderAsAt(ended, '2025-12-31')!.status).toBe('interim');
    expect(orderAsAt(ended, '2026-01-01')!.status).toBe('ended');
  });

  it('counts a notified address in another force as a party from the day it was notified', () => {
    const notified = order([
      orderMade(),
      {
        type: 'NotificationReceived',
        data: { orderId: ORDER_ID, notificationId: 'n-1', notifiedOn: '2025-06-01', names: ['Jan'], address: { line1: '2 Sea Rd', postcode: 'BN3 1AA', force: 'sussex' }, previousAddressForce: null, lateBy: 0, changedOn: null },
      },
    ]);
    expect(orderAsAt(notified, '2025-05-31')!.partyForces).toEqual([]);
    expect(orderAsAt(notified, '2025-06-01')!.partyForces).toEqual(['sussex']);
  });

  describe('where the subject lives, as known on the day', () => {
    const atMaking = { line1: '9 Dock Road, Tilbury', postcode: 'RM18 7AA', force: 'essex' as const };
    const notice = (notificationId: string, notifiedOn: IsoDate, address: { line1: string; postcode: string; force: 'sussex' | 'surrey' }): OrderEvent => ({
      type: 'NotificationReceived',
      data: { orderId: ORDER_ID, notificationId, notifiedOn, names: ['Jan'], address, previousAddressForce: null, lateBy: 0, changedOn: null },
    });
    const hove = { line1: '2 Sea Road, Hove', postcode: 'BN3 1AA', force: 'sussex' as const };
    const guildford = { line1: '5 Hill Street, Guildford', postcode: 'GU1 1AA', force: 'surrey' as const };

    it('given no address ever recorded, then none', () => {
      expect(orderAsAt(order([orderMade()]), '2026-01-01')!.subject.address).toBeNull();
    });

    it('given the address at the making, then that one from the day made, and its force is a party', () => {
      const asAt = orderAsAt(order([orderMade(makeOrder({ subjectAddress: atMaking }))]), '2025-03-10')!;
      expect(asAt.subject.address).toEqual({ ...atMaking, knownFrom: '2025-03-10' });
      expect(asAt.partyForces).toEqual(['essex']);
    });

    it('given notifications since, then the latest notified on or before the day, whatever order they were recorded in', () => {
      const notified = order([orderMade(makeOrder({ subjectAddress: atMaking })), notice('n-2', '2025-09-01', guildford), notice('n-1', '2025-06-01', hove)]);
      expect(orderAsAt(notified, '2025-05-31')!.subject.address).toEqual({ ...atMaking, knownFrom: '2025-03-10' });
      expect(orderAsAt(notified, '2025-06-01')!.subject.address).toEqual({ ...hove, knownFrom: '2025-06-01' });
      expect(orderAsAt(notified, '2026-01-01')!.subject.address).toEqual({ ...guildford, knownFrom: '2025-09-01' });
    });

    it('given two notified the same day, then the one recorded later', () => {
      const notified = order([orderMade(), notice('n-1', '2025-06-01', hove), notice('n-2', '2025-06-01', guildford)]);
      expect(orderAsAt(notified, '2025-06-01')!.subject.address?.force).toBe('surrey');
    });
  });
});

describe('orderStatusOn with the ending statuses', () => {
  it('agrees with orderAsAt on every day of the history', () => {
    for (const day of <IsoDate[]>['2025-03-09', '2025-03-10', '2026-01-05', '2026-04-01', '2026-08-31', '2026-09-01', '2030-01-01']) {
      expect(orderStatusOn(state, day)).toBe(orderAsAt(state, day)?.status ?? 'none');
    }
    expect(orderStatusOn(initialState, '2026-01-01')).toBe('none');
  });
});
