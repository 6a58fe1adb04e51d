import { EVENT_SCHEMA_VERSIONS, type OrderEvent } from './events.js';
import { replay } from './evolve.js';
import { UnknownEventSchema, upcast } from './upcast.js';
import { makeOrder, orderMade } from './testing/fixtures.js';

describe('upcast', () => {
  it('knows the current version of every event: OrderMade at 3, OrderVaried and BreachRecorded at 2, the rest at 1', () => {
    expect(EVENT_SCHEMA_VERSIONS).toMatchObject({ OrderMade: 3, OrderVaried: 2, BreachRecorded: 2, OrderDischarged: 1, OrderRenewed: 1, RecordCorrected: 1, OrderExpiringSoon: 1 });
    expect(Object.keys(EVENT_SCHEMA_VERSIONS)).toHaveLength(19);
  });

  it('returns an event at its current version unchanged', () => {
    const data = { orderId: 'o-1', prohibitionId: 'p-1', expiredOn: '2030-03-10' };
    const event: OrderEvent = upcast('ProhibitionExpired', data, 1);
    expect(event).toEqual({ type: 'ProhibitionExpired', data });
    const made = orderMade(makeOrder({ legalBasis: 's14' }));
    expect(upcast('OrderMade', made.data, 3)).toEqual(made);
  });

  it('reads a version-2 OrderMade as version 3: where the subject lived was not recorded', () => {
    const { subjectAddress: _s, ...v2 } = orderMade(makeOrder({ legalBasis: 's14' })).data;
    expect(upcast('OrderMade', v2, 2)).toEqual(orderMade(makeOrder({ legalBasis: 's14' })));
  });

  it('reads a version-1 OrderMade as the current version, and a log of v1 events replays', () => {
    const { legalBasis: _l, applicant: _a, notifiedForce: _n, qualifyingOffence: _q, notification: _no, passportSurrender: _p, interimOrderId: _i, subjectAddress: _s, ...v1 } = orderMade().data;
    const event = upcast('OrderMade', v1, 1);
    expect(event).toEqual(orderMade());
    const breachV1 = { orderId: 'order-1', breachId: 'b-1', occurredOn: '2025-05-01', locationForce: 'sussex', description: 'Seen', prohibitionIds: ['p-1'] };
    const variedV1 = { orderId: 'order-1', court: 'Court', variedOn: '2025-06-01', addedProhibitions: [], removedProhibitionIds: ['p-2'] };
    const state = replay([event, upcast('BreachRecorded', breachV1, 1), upcast('OrderVaried', variedV1, 1)]);
    expect(state).toMatchObject({ status: 'active', breaches: [{ requirements: [], outcomes: [] }], lastVariedOn: '2025-06-01' });
  });

  it('refuses an event type it does not know', () => {
    expect(() => upcast('OrderQuashed', {}, 1)).toThrow(UnknownEventSchema);
  });

  it.each([0, 2, 1.5])('refuses schema version %s of an event at version 1', (version) => {
    expect(() => upcast('OrderExpired', { orderId: 'o-1', expiredOn: '2030-01-01' }, version)).toThrow(UnknownEventSchema);
  });

  it('refuses an OrderMade newer than this code knows (version 4)', () => {
    expect(() => upcast('OrderMade', orderMade().data, 4)).toThrow(UnknownEventSchema);
  });

  it('refuses data that is not an object', () => {
    expect(() => upcast('OrderExpired', null, 1)).toThrow(UnknownEventSchema);
  });

  it('does not treat inherited property names as event types', () => {
    expect(() => upcast('toString', {}, 1)).toThrow(UnknownEventSchema);
  });
});
