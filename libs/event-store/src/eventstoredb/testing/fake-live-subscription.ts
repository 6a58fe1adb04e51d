import type { AllStreamResolvedEvent, AllStreamSubscription, Position, SubscribeToAllOptions } from '@kurrent/kurrentdb-client';
import type { LiveAllSubscription } from '../kurrent-all-subscription.js';

/**
 * Stands in for the client's $all subscription (a Node Readable of resolved events) in unit tests:
 * the test plays the server — sends events and checkpoints, ends it, fails it. Like the client, a
 * checkpoint is handed to `filter.checkpointReached` and awaited before anything sent after it.
 */
export class FakeLiveSubscription implements LiveAllSubscription {
  private readonly buffer: AllStreamResolvedEvent[] = [];
  private reader: { resolve(result: IteratorResult<AllStreamResolvedEvent>): void; reject(error: unknown): void } | null = null;
  private closed: { error: unknown } | null = null;
  private readonly listeners = new Map<string, (() => void)[]>();
  unsubscribed = false;
  /** Server messages are processed one at a time, as the client's Transform does. */
  private sending: Promise<void> = Promise.resolve();

  constructor(readonly options: SubscribeToAllOptions) {}

  get readableLength(): number {
    return this.buffer.length;
  }

  get from(): SubscribeToAllOptions['fromPosition'] {
    return this.options.fromPosition;
  }

  on(event: 'caughtUp' | 'confirmation', listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  emit(event: 'caughtUp' | 'confirmation'): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  /** The server sends an event. */
  send(event: AllStreamResolvedEvent): Promise<void> {
    return this.enqueue(async () => {
      if (this.closed) return;
      if (this.reader) {
        const reader = this.reader;
        this.reader = null;
        reader.resolve({ value: event, done: false });
      } else this.buffer.push(event);
    });
  }

  /** The server sends a checkpoint: the client awaits `checkpointReached` before the next message. */
  checkpoint(position: Position): Promise<void> {
    return this.enqueue(async () => {
      if (this.closed) return;
      await this.options.filter?.checkpointReached?.(this as unknown as AllStreamSubscription, position);
    });
  }

  /** The server ends the subscription (error: the connection dropped). */
  end(error?: unknown): void {
    if (this.closed) return;
    this.closed = { error };
    const reader = this.reader;
    this.reader = null;
    if (reader && error !== undefined) reader.reject(error);
    else reader?.resolve({ value: undefined, done: true });
  }

  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
    this.end();
  }

  [Symbol.asyncIterator](): AsyncIterator<AllStreamResolvedEvent> {
    return {
      next: () => {
        const buffered = this.buffer.shift();
        if (buffered) return Promise.resolve({ value: buffered, done: false });
        if (this.closed) {
          return this.closed.error !== undefined ? Promise.reject(this.closed.error) : Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve, reject) => (this.reader = { resolve, reject }));
      },
      return: async () => {
        this.end();
        return { value: undefined, done: true };
      },
    };
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.sending = this.sending.then(step);
    return this.sending;
  }
}
