/** What a bucket answered: go ahead, or wait this many whole seconds before trying again. */
export type BucketAnswer = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key (a user, a client address): `perMinute` requests in a burst, refilled
 * evenly over a minute. Pure apart from the clock it is given. At most `maxKeys` buckets are kept:
 * the least recently used is forgotten first, so a flood of new addresses costs bounded memory
 * (a forgotten key starts again with a full bucket, which is the generous side of wrong).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
    private readonly maxKeys = 10_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Spends one token for `key` if there is one. */
  take(key: string): BucketAnswer {
    const bucket = this.refilled(key);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: this.secondsUntilOne(bucket) };
  }

  /** Whether `key` has a token left, spending none (failed sign-ins are spent only when they fail). */
  peek(key: string): BucketAnswer {
    const bucket = this.buckets.get(key) ? this.refilled(key) : null;
    if (!bucket || bucket.tokens >= 1) return { allowed: true };
    return { allowed: false, retryAfterSeconds: this.secondsUntilOne(bucket) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string): Bucket {
    const now = this.now();
    const known = this.buckets.get(key);
    const bucket = known
      ? { tokens: Math.min(this.perMinute, known.tokens + Math.max(0, now - known.at) * this.perMs), at: now }
      : { tokens: this.perMinute, at: now };
    // Delete and set again: a Map keeps insertion order, so the first key is the least recently used.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return bucket;
  }

  private secondsUntilOne(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }
}
