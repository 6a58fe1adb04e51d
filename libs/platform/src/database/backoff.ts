/**
 * Delays between tries that double from `first` up to `most`, counting the failures since the last
 * success: the one backoff of STOR's clients of other services (LISTEN, the EventStoreDB subscription, a contested
 * claim of an event id).
 */
export class Backoff {
  private failures = 0;

  constructor(
    private readonly first: number,
    private readonly most: number,
  ) {}

  /** The delay before the next try, this failure counted. */
  next(): number {
    const delay = this.delayAfter(this.failures);
    this.failures += 1;
    return delay;
  }

  /** A try succeeded: the next failure waits the first delay again. */
  reset(): void {
    this.failures = 0;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  /** The delay before the try that follows `failures` consecutive failures (0: the first retry). */
  delayAfter(failures: number): number {
    return Math.min(this.first * 2 ** Math.min(failures, 30), this.most);
  }
}
