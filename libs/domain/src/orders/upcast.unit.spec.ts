import { EVENT_SCHEMA_VERSIONS, type OrderEvent } from './events.js';
import { UnknownEventSchema, upcast } from './upcast.js';

describe('upcast', () => {
  it('puts every event at schema version 1 today', () => {
    expect(Object.values(EVENT_SCHEMA_VERSIONS)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('returns a version-1 event unchanged', () => {
    const data = { orderId: 'o-1', prohibitionId: 'p-1', expiredOn: '2030-03-10' };
    const event: OrderEvent = upcast('ProhibitionExpired', data, 1);
    expect(event).toEqual({ type: 'ProhibitionExpired', data });
  });

  it('refuses an event type it does not know', () => {
    expect(() => upcast('OrderQuashed', {}, 1)).toThrow(UnknownEventSchema);
  });

  it.each([0, 2, 1.5])('refuses schema version %s', (version) => {
    expect(() => upcast('OrderExpired', { orderId: 'o-1', expiredOn: '2030-01-01' }, version)).toThrow(UnknownEventSchema);
  });

  it('refuses data that is not an object', () => {
    expect(() => upcast('OrderExpired', null, 1)).toThrow(UnknownEventSchema);
  });

  it('does not treat inherited property names as event types', () => {
    expect(() => upcast('toString', {}, 1)).toThrow(UnknownEventSchema);
  });
});
