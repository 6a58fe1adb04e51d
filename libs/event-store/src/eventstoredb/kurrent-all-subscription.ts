import {
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  type END,
  type Position,
  type START,
  type SubscribeToAllOptions,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import { type Scheduler, systemScheduler } from '../scheduler.js';
import { comparePositions, encodeCheckpoint } from './kurrent.mapping.js';
import { Backoff } from '#platform';

/** What `client.subscribeToAll` returns, as far as we use it; the client's AllStreamSubscription fits. */
export interface LiveAllSubscription extends AsyncIterable<AllStreamResolvedEvent> {
  unsubscribe(): Promise<void>;
  /** Events the server has sent that we have not taken yet (the subscription is a Node Readable). */
  readonly readableLength?: number;
  on?(event: 'caughtUp' | 'confirmation', listener: () => void): unknown;
}

/** `(options) => client.subscribeToAll(options)`; a fake in unit tests. */
export type AllSubscriptionSource = (options: SubscribeToAllOptions) => LiveAllSubscription;

export interface KurrentAllSubscriptionOptions {
  /** Where the first subscription starts: after a position (the server treats it as exclusive), START or END. */
  from: Position | typeof START | typeof END;
  /** Server-side filter on stream names (a .NET regular expression, evaluated by the server). */
  streamNameRegex: string;
  /** Called once per event, in log order; the next event waits for it. */
  handle(event: AllStreamRecordedEvent): void | Promise<void>;
  /** After each (re)subscription: events written while no subscription was open will not be sent. */
  onSubscribed?(): void;
  /** The subscription failed or ended; a new one follows in `retryInMs`. */
  onError?(error: unknown, retryInMs: number): void;
  /** Nothing arrived for `staleAfterMs`; a new subscription follows at once. */
  onStale?(): void;
  /** First retry delay; doubles per consecutive failure. Default 250 ms. */
  initialBackoffMs?: number;
  /** Cap on the retry delay. Default 30 s. */
  maxBackoffMs?: number;
  /** Resubscribe when no event, checkpoint or caught-up notice arrived for this long. Default 60 s. */
  staleAfterMs?: number;
  /** The server sends a checkpoint every `checkpointInterval` × its search window of scanned events. Default 1. */
  checkpointInterval?: number;
  scheduler?: Scheduler;
}

const ABANDONED = Symbol('abandoned');

interface Attempt {
  generation: number;
  subscription: LiveAllSubscription;
  iterator: AsyncIterator<AllStreamResolvedEvent>;
  abandon: () => void;
  abandoned: Promise<typeof ABANDONED>;
  finished: Promise<void>;
  /** The consumer is waiting on the server (not in the handler). */
  waiting: boolean;
  handling: boolean;
  /** Checkpoints waiting until every event sent before them has been handled. */
  drainWaiters: (() => void)[];
}

/**
 * A catch-up subscription to $all that stays subscribed. The client does not resubscribe after a
 * drop, so this does: from the last handled event or server checkpoint, with exponential backoff
 * (capped) after an error or an end, and at once when a watchdog finds it silent for too long.
 * Delivery is at-least-once and in log order; an event at or before the resume point is not handed
 * on again.
 */
export class KurrentAllSubscription {
  private readonly scheduler: Scheduler;
  private readonly staleAfterMs: number;
  private running = false;
  private generation = 0;
  private readonly backoff: Backoff;
  private position: Position | null = null;
  private current: Attempt | null = null;
  private retryTimer: unknown = null;
  private watchdog: unknown = null;
  private subscriptions = 0;

  constructor(
    private readonly source: AllSubscriptionSource,
    private readonly options: KurrentAllSubscriptionOptions,
  ) {
    this.scheduler = options.scheduler ?? systemScheduler;
    this.backoff = new Backoff(options.initialBackoffMs ?? 250, options.maxBackoffMs ?? 30_000);
    this.staleAfterMs = options.staleAfterMs ?? 60_000;
    if (typeof options.from === 'object') this.position = options.from;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.subscribe();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.generation++;
    this.clearTimers();
    const attempt = this.current;
    this.current = null;
    if (attempt) await this.abandon(attempt);
  }

  /** Where a resubscription would start, and how the subscription fares. */
  status(): { running: boolean; checkpoint: string | null; subscriptions: number; consecutiveFailures: number } {
    return {
      running: this.running,
      checkpoint: this.position && encodeCheckpoint(this.position),
      subscriptions: this.subscriptions,
      consecutiveFailures: this.backoff.consecutiveFailures,
    };
  }

  private subscribe(): void {
    const generation = ++this.generation;
    let subscription: LiveAllSubscription;
    try {
      subscription = this.source({
        fromPosition: this.position ?? this.options.from,
        filter: streamNameFilter({
          regex: this.options.streamNameRegex,
          checkpointInterval: this.options.checkpointInterval ?? 1,
          checkpointReached: (_subscription, position) => this.checkpointReached(generation, position),
        }),
      });
    } catch (error) {
      this.fail(generation, error);
      return;
    }
    let abandon = () => {};
    const abandoned = new Promise<typeof ABANDONED>((resolve) => (abandon = () => resolve(ABANDONED)));
    const attempt: Attempt = {
      generation,
      subscription,
      iterator: subscription[Symbol.asyncIterator](),
      abandon,
      abandoned,
      finished: Promise.resolve(),
      waiting: false,
      handling: false,
      drainWaiters: [],
    };
    this.current = attempt;
    this.subscriptions++;
    subscription.on?.('confirmation', () => this.heard(attempt));
    subscription.on?.('caughtUp', () => this.heard(attempt));
    this.armWatchdog(attempt);
    attempt.finished = this.consume(attempt);
    this.options.onSubscribed?.();
  }

  private async consume(attempt: Attempt): Promise<void> {
    try {
      for (;;) {
        attempt.waiting = true;
        this.releaseDrained(attempt);
        const next = await Promise.race([attempt.iterator.next(), attempt.abandoned]);
        attempt.waiting = false;
        if (next === ABANDONED || !this.isCurrent(attempt)) return;
        if (next.done) {
          this.fail(attempt.generation, new Error('the $all subscription ended'));
          return;
        }
        this.heard(attempt);
        const event = next.value.event;
        if (!event?.position) continue;
        if (this.position && comparePositions(event.position, this.position) <= 0) continue;
        attempt.handling = true;
        try {
          await this.options.handle(event);
        } finally {
          attempt.handling = false;
        }
        // Handled is handled, even if the attempt was abandoned meanwhile: never go back before it.
        if (!this.position || comparePositions(event.position, this.position) > 0) this.position = event.position;
        if (!this.isCurrent(attempt)) return;
        this.armWatchdog(attempt);
      }
    } catch (error) {
      this.fail(attempt.generation, error);
    }
  }

  private async checkpointReached(generation: number, position: Position): Promise<void> {
    const attempt = this.current;
    if (!attempt || attempt.generation !== generation) return;
    this.heard(attempt);
    // Events sent before this checkpoint may still sit in the stream's buffer or in the handler; resuming
    // from the checkpoint before they are handled would skip them. The client awaits this callback, so
    // nothing new arrives while we wait.
    if (!(attempt.waiting && (attempt.subscription.readableLength ?? 0) === 0)) {
      await new Promise<void>((resolve) => attempt.drainWaiters.push(resolve));
    }
    if (attempt.generation !== this.generation) return;
    if (!this.position || comparePositions(position, this.position) > 0) this.position = position;
  }

  private releaseDrained(attempt: Attempt): void {
    if ((attempt.subscription.readableLength ?? 0) > 0) return;
    for (const resolve of attempt.drainWaiters.splice(0)) resolve();
  }

  /** Something arrived: the connection is healthy. */
  private heard(attempt: Attempt): void {
    if (!this.isCurrent(attempt)) return;
    this.backoff.reset();
    this.armWatchdog(attempt);
  }

  private armWatchdog(attempt: Attempt): void {
    if (this.watchdog !== null) this.scheduler.clear(this.watchdog);
    this.watchdog = this.scheduler.set(() => this.stale(attempt), this.staleAfterMs);
  }

  private stale(attempt: Attempt): void {
    this.watchdog = null;
    if (!this.isCurrent(attempt)) return;
    // A slow handler is not a silent server: we are not reading while it runs.
    if (attempt.handling) return this.armWatchdog(attempt);
    this.current = null;
    this.generation++;
    this.options.onStale?.();
    void this.abandon(attempt).then(() => {
      if (this.running && this.current === null && this.retryTimer === null) this.subscribe();
    });
  }

  private fail(generation: number, error: unknown): void {
    if (!this.running || generation !== this.generation) return;
    const attempt = this.current;
    this.current = null;
    this.generation++;
    this.clearTimers();
    if (attempt) void this.abandon(attempt);
    const delay = this.backoff.next();
    this.options.onError?.(error, delay);
    this.retryTimer = this.scheduler.set(() => {
      this.retryTimer = null;
      if (this.running && this.current === null) this.subscribe();
    }, delay);
  }

  /** Stops reading an attempt and waits until its consumer is out of the handler. */
  private async abandon(attempt: Attempt): Promise<void> {
    attempt.abandon();
    for (const resolve of attempt.drainWaiters.splice(0)) resolve();
    await Promise.allSettled([attempt.subscription.unsubscribe(), attempt.iterator.return?.()]);
    await attempt.finished;
  }

  private isCurrent(attempt: Attempt): boolean {
    return this.running && this.current === attempt && attempt.generation === this.generation;
  }

  private clearTimers(): void {
    if (this.retryTimer !== null) this.scheduler.clear(this.retryTimer);
    if (this.watchdog !== null) this.scheduler.clear(this.watchdog);
    this.retryTimer = null;
    this.watchdog = null;
  }
}
