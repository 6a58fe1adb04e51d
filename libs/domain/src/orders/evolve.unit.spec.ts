import type { OrderEvent, OrderVaried } from './events.js';
import { evolve, replay } from './evolve.js';
import { initialState, type OrderInForceOrEnded, type OrderState } from './state.js';
import { makeOrder, ORDER_ID, orderMade, prohibition, subject, travelBan } from './testing/fixtures.js';

const court = 'Maidstone Crown Court';
const made = orderMade(makeOrder({ prohibitions: [prohibition('p-1', null), travelBan('p-2', '2026-03-10')] }));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function order(events: OrderEvent[]): OrderInForceOrEnded {
  const state = replay(events);
  if (state.status === 'none') throw new Error('expected an order');
  return state;
}

describe('evolve', () => {
  it('OrderMade gives an active order whose prohibitions are in force from the day it was made', () => {
    expect(replay([made])).toEqual({
      status: 'active',
      orderId: ORDER_ID,
      orderType: 'STPO',
      owningForce: 'kent',
      court,
      madeOn: '2025-03-10',
      servedOn: '2025-03-11',
      subject,
      prohibitions: [
        { ...prohibition('p-1', null), startsOn: '2025-03-10', status: 'in-force', endedOn: null },
        { ...travelBan('p-2', '2026-03-10'), startsOn: '2025-03-10', status: 'in-force', endedOn: null },
      ],
      breaches: [],
      lastVariedOn: null,
    });
  });

  it('an interim order in force has status interim', () => {
    expect(replay([orderMade(makeOrder({ orderType: 'NI_INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-09-01')] }))]).status).toBe('interim');
  });

  it('OrderVaried ends removed prohibitions on the variation day and starts added ones on it', () => {
    const state = order([
      made,
      { type: 'OrderVaried', data: { orderId: ORDER_ID, court, variedOn: '2025-06-01', addedProhibitions: [prohibition('p-3', null)], removedProhibitionIds: ['p-2'] } },
    ]);
    expect(state.prohibitions.map(({ prohibitionId, status, startsOn, endedOn }) => ({ prohibitionId, status, startsOn, endedOn }))).toEqual([
      { prohibitionId: 'p-1', status: 'in-force', startsOn: '2025-03-10', endedOn: null },
      { prohibitionId: 'p-2', status: 'removed', startsOn: '2025-03-10', endedOn: '2025-06-01' },
      { prohibitionId: 'p-3', status: 'in-force', startsOn: '2025-06-01', endedOn: null },
    ]);
    expect(state.lastVariedOn).toBe('2025-06-01');
  });

  it('OrderDischarged ends what was in force on the discharge day, and records a lapsed fixed prohibition as expired', () => {
    const state = order([made, { type: 'OrderDischarged', data: { orderId: ORDER_ID, court: 'Canterbury Crown Court', dischargedOn: '2026-05-01', consent: { subject: true, chiefOfficer: false } } }]);
    expect(state).toMatchObject({ status: 'discharged', dischargedOn: '2026-05-01', dischargedBy: 'Canterbury Crown Court', consent: { subject: true, chiefOfficer: false } });
    expect(state.prohibitions.map(({ status, endedOn }) => ({ status, endedOn }))).toEqual([
      { status: 'removed', endedOn: '2026-05-01' },
      { status: 'expired', endedOn: '2026-03-11' },
    ]);
  });

  it('BreachRecorded adds the breach without the order id', () => {
    const state = order([
      made,
      { type: 'BreachRecorded', data: { orderId: ORDER_ID, breachId: 'b-1', occurredOn: '2025-05-05', locationForce: 'sussex', description: 'At a car wash', prohibitionIds: ['p-1'] } },
    ]);
    expect(state.breaches).toEqual([{ breachId: 'b-1', occurredOn: '2025-05-05', locationForce: 'sussex', description: 'At a car wash', prohibitionIds: ['p-1'] }]);
  });

  it('ProhibitionExpired and OrderExpired end the prohibition and then the order', () => {
    const state = order([
      orderMade(makeOrder({ orderType: 'STRO', prohibitions: [prohibition('p-1', '2027-03-09')] })),
      { type: 'ProhibitionExpired', data: { orderId: ORDER_ID, prohibitionId: 'p-1', expiredOn: '2027-03-10' } },
      { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2027-03-10' } },
    ]);
    expect(state).toMatchObject({ status: 'expired', expiredOn: '2027-03-10' });
    expect(state.prohibitions[0]).toMatchObject({ status: 'expired', endedOn: '2027-03-10' });
  });

  it('leaves the state alone for an event that cannot apply to it, so replay never throws', () => {
    const varied: OrderEvent = { type: 'OrderVaried', data: { orderId: ORDER_ID, court, variedOn: '2025-06-01', addedProhibitions: [], removedProhibitionIds: ['p-1'] } };
    expect(evolve(initialState, varied)).toBe(initialState);
    const active = replay([made]);
    expect(evolve(active, made)).toBe(active);
    const discharged = replay([made, { type: 'OrderDischarged', data: { orderId: ORDER_ID, court, dischargedOn: '2025-05-01', consent: { subject: true, chiefOfficer: true } } }]);
    expect(evolve(discharged, { type: 'OrderExpired', data: { orderId: ORDER_ID, expiredOn: '2026-03-11' } })).toBe(discharged);
    expect(evolve(discharged, varied)).toBe(discharged);
  });

  it('never changes the state or the event it is given', () => {
    const before: OrderState = deepFreeze(replay([made]));
    const event = deepFreeze<OrderVaried>({
      type: 'OrderVaried',
      data: { orderId: ORDER_ID, court, variedOn: '2025-06-01', addedProhibitions: [prohibition('p-3', null)], removedProhibitionIds: ['p-1'] },
    });
    expect(() => evolve(before, event)).not.toThrow();
    const after = evolve(before, event) as OrderInForceOrEnded;
    after.prohibitions[2]!.text = 'changed';
    expect(event.data.addedProhibitions[0]!.text).not.toBe('changed');
  });

  it('survives a JSON round trip, so a projection may store it', () => {
    const state = replay([made]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
