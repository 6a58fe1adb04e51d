import { alertMatches } from './alert-filter.js';

const breach = { kind: 'breach-recorded', acknowledged: false };

describe('which alerts a filtered inbox shows', () => {
  test('given no filter, then every alert', () => {
    expect(alertMatches({ kind: null, acknowledged: null }, breach)).toBe(true);
  });

  test('given a kind, then only alerts of that kind', () => {
    expect(alertMatches({ kind: 'breach-recorded', acknowledged: null }, breach)).toBe(true);
    expect(alertMatches({ kind: 'order-made', acknowledged: null }, breach)).toBe(false);
  });

  test('given acknowledged or not, then only those', () => {
    expect(alertMatches({ kind: null, acknowledged: false }, breach)).toBe(true);
    expect(alertMatches({ kind: null, acknowledged: true }, breach)).toBe(false);
    expect(alertMatches({ kind: 'breach-recorded', acknowledged: true }, { ...breach, acknowledged: true })).toBe(true);
  });
});
