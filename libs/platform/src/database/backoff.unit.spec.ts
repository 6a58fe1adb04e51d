import { Backoff } from './backoff.js';

describe('the backoff between tries', () => {
  test('given failures in a row, each delay doubles the one before, up to the most', () => {
    const backoff = new Backoff(250, 30_000);
    expect(Array.from({ length: 9 }, () => backoff.next())).toEqual([250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(backoff.consecutiveFailures).toBe(9);
  });

  test('given a success, the next failure waits the first delay again', () => {
    const backoff = new Backoff(20, 500);
    backoff.next();
    backoff.next();
    backoff.reset();
    expect(backoff.next()).toBe(20);
  });

  test('given a great many failures, the delay is still the most, never Infinity', () => {
    expect(new Backoff(250, 30_000).delayAfter(10_000)).toBe(30_000);
  });
});
