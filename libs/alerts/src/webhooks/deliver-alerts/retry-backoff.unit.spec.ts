import { RETRY_CAP_MS, retryDelayMs } from './retry-backoff.js';

const most = () => 1; // the upper bound of Math.random, never quite reached
const least = () => 0;

describe('how long a failed delivery waits', () => {
  test('given the first failure, then between half the base and the base', () => {
    expect(retryDelayMs(1, 1000, least)).toBe(500);
    expect(retryDelayMs(1, 1000, most)).toBe(1000);
  });

  test('given each further failure, then twice as long as the one before', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => retryDelayMs(attempts, 1000, most))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect([1, 2, 3].map((attempts) => retryDelayMs(attempts, 50, least))).toEqual([25, 50, 100]);
  });

  test('given many failures, then never more than an hour, and never less than half an hour', () => {
    expect(retryDelayMs(13, 1000, most)).toBe(RETRY_CAP_MS);
    expect(retryDelayMs(100, 1000, least)).toBe(RETRY_CAP_MS / 2);
    expect(retryDelayMs(5000, 1000, most)).toBe(RETRY_CAP_MS);
  });

  test('given the jitter, then every wait lies within its band', () => {
    for (let attempts = 1; attempts <= 20; attempts++) {
      const ceiling = Math.min(1000 * 2 ** (attempts - 1), RETRY_CAP_MS);
      const wait = retryDelayMs(attempts, 1000);
      expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
      expect(wait).toBeLessThanOrEqual(ceiling);
    }
  });
});
