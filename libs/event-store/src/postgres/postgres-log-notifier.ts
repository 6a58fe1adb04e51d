import { type Scheduler, systemScheduler } from '../scheduler.js';

/**
 * Tells other processes that the log has grown, after the appends have committed, at most once per
 * `everyMs`. A NOTIFY inside the append would serialise every commit on the database-wide lock
 * NOTIFY takes at commit (measured: a third of the append rate lost, BENCHMARKS.md); and a NOTIFY
 * per append doubles the commits. The promise kept: every commit is followed, within `everyMs`, by
 * a NOTIFY sent after it. Listeners only wake a reader that polls anyway, so a NOTIFY that fails is
 * dropped and costs latency, never an event.
 */
export class PostgresLogNotifier {
  private pending: unknown = null;
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly send: () => Promise<unknown>,
    private readonly everyMs: number,
    private readonly timers: Scheduler = systemScheduler,
  ) {}

  /** An append has committed. */
  committed(): void {
    if (this.pending !== null) return;
    this.pending = this.timers.set(() => {
      this.pending = null;
      void this.sendNow();
    }, this.everyMs);
  }

  /** Sends what is owed at once and waits for it, so nothing committed goes unannounced at shutdown. */
  async flush(): Promise<void> {
    if (this.pending !== null) {
      this.timers.clear(this.pending);
      this.pending = null;
      await this.sendNow();
    }
    await Promise.all(this.sending);
  }

  private sendNow(): Promise<void> {
    const sending: Promise<void> = Promise.resolve().then(this.send).then(
      () => undefined,
      () => undefined,
    );
    this.sending.add(sending);
    void sending.then(() => this.sending.delete(sending));
    return sending;
  }
}
