import { describe, expect, it } from '@jest/globals';
import { TokenBuckets } from './token-buckets.js';

function clockAt(start: number): { now: () => number; advance: (ms: number) => void } {
  let at = start;
  return { now: () => at, advance: (ms) => (at += ms) };
}

describe('TokenBuckets', () => {
  it('given a fresh key, when it spends its whole budget in a burst, then the next request is told to wait', () => {
    const clock = clockAt(1_000_000);
    const buckets = new TokenBuckets(60, clock.now);
    const answers = Array.from({ length: 61 }, () => buckets.take('officer-1'));
    expect(answers.slice(0, 60).every((answer) => answer.allowed)).toBe(true);
    expect(answers[60]).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills evenly over a minute: after half a minute half the budget is back', () => {
    const clock = clockAt(0);
    const buckets = new TokenBuckets(10, clock.now);
    for (let i = 0; i < 10; i++) buckets.take('a');
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.advance(30_000);
    const allowed = Array.from({ length: 6 }, () => buckets.take('a').allowed);
    expect(allowed).toEqual([true, true, true, true, true, false]);
  });

  it('never refills beyond the budget, however long a key was quiet', () => {
    const clock = clockAt(0);
    const buckets = new TokenBuckets(3, clock.now);
    buckets.take('a');
    clock.advance(3_600_000);
    expect(Array.from({ length: 4 }, () => buckets.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps keys apart: one user spending everything leaves another untouched', () => {
    const buckets = new TokenBuckets(2, () => 0);
    buckets.take('a');
    buckets.take('a');
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b').allowed).toBe(true);
  });

  it('peek spends nothing, and says wait once the key is spent', () => {
    const buckets = new TokenBuckets(1, () => 0);
    expect(buckets.peek('a')).toEqual({ allowed: true });
    expect(buckets.peek('a')).toEqual({ allowed: true });
    buckets.take('a');
    expect(buckets.peek('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(buckets.size).toBe(1);
  });

  it('forgets the least recently used key beyond maxKeys, so a flood of addresses is bounded', () => {
    const buckets = new TokenBuckets(1, () => 0, 3);
    buckets.take('a');
    buckets.take('b');
    buckets.take('c');
    buckets.take('a'); // a is now the most recent; b the least
    buckets.take('d');
    expect(buckets.size).toBe(3);
    expect(buckets.peek('b')).toEqual({ allowed: true });
    expect(buckets.peek('a').allowed).toBe(false);
  });
});
