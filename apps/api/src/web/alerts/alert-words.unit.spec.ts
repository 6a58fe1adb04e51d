import { acknowledgedWords, inboxAddress, kindWords, liveAddress } from './alert-words.js';

describe('alerts in words', () => {
  test('given a kind, then the words an officer uses; an unknown kind as it is', () => {
    expect(kindWords('breach-recorded')).toBe('Breach recorded');
    expect(kindWords('something-new')).toBe('something-new');
  });

  test('given an acknowledgement, then who, in what role and force, and when in UK time', () => {
    expect(
      acknowledgedWords({ acknowledgedAt: '2026-07-01T08:05:00.000Z', acknowledgedBy: { name: 'DS Priya Shah', role: 'order-manager', force: 'kent' } }),
    ).toBe('DS Priya Shah (order manager, Kent Police) on 1 July 2026 at 09:05');
    expect(acknowledgedWords({ acknowledgedAt: null, acknowledgedBy: null })).toBeNull();
  });
});

describe('the inbox address', () => {
  test('given no filter, then the plain address', () => {
    expect(inboxAddress('kent', { kind: null, acknowledged: null })).toBe('/forces/kent/alerts');
  });

  test('given a filter and a page, then each in the query', () => {
    expect(inboxAddress('kent', { kind: 'order-made', acknowledged: false }, '1.2')).toBe('/forces/kent/alerts?kind=order-made&acknowledged=false&before=1.2');
    expect(inboxAddress('city-of-london', { kind: null, acknowledged: true }, null, 'alerts/live')).toBe('/forces/city-of-london/alerts/live?acknowledged=true');
  });
});

describe('the live stream address', () => {
  test('given a filter or none, then the newest alert shown is where it resumes', () => {
    expect(liveAddress('kent', { kind: null, acknowledged: null }, 42)).toBe('/forces/kent/alerts/live?lastEventId=42');
    expect(liveAddress('kent', { kind: 'order-made', acknowledged: false }, 0)).toBe('/forces/kent/alerts/live?kind=order-made&acknowledged=false&lastEventId=0');
  });
});
