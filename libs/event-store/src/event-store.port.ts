/** Who did something and why, carried with every event; never personal data about the subject. */
export interface EventMetadata {
  schemaVersion: number;
  recordedAt: string;
  actor: { userId: string; role: string; force?: string };
  commandId: string;
  /** A hash of the command as decided, so a reused Idempotency-Key with another request is caught. */
  commandFingerprint?: string;
  correlationId: string;
  causationId?: string;
}

export interface NewEvent {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface RecordedEvent extends NewEvent {
  streamId: string;
  /** 1 for a stream's first event. */
  streamVersion: number;
  /** Where the event stands in the whole log; unique, and what a client may wait for. */
  position: number;
  /** Opaque token from which `readAll` resumes just after this event. */
  checkpoint: string;
}

/** 0: the stream must not exist yet; n: the stream must be at version n; 'any': no check. */
export type ExpectedVersion = number | 'any';

export interface AppendResult {
  version: number;
  position: number;
}

/** One append of several given together (`EventStore.appendEach`). */
export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  expected: ExpectedVersion;
}

export class WrongExpectedVersion extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, not ${String(expected)}`);
  }
}

export class DuplicateEvent extends Error {
  constructor(readonly eventId: string) {
    super(`an event with id ${eventId} is already in the log`);
  }
}

/**
 * The log cannot be reached just now: connection refused or lost, a deadline passed, the server is
 * shutting down or electing a leader. Whether an append in flight landed is unknown, so a caller
 * retries it with the same event ids (the same Idempotency-Key): a landed append is then found, not
 * repeated. `reason` is the error's class or code only, never its message.
 */
export class LogUnavailable extends Error {
  constructor(readonly reason: string) {
    super(`the log cannot be reached just now (${reason})`);
  }
}

/**
 * The append-only log. Implementations: PostgreSQL table (default), EventStoreDB, in-memory (tests).
 * Every adapter passes the contract suite in `contract/event-store.contract.ts`.
 */
export abstract class EventStore {
  private readonly listeners = new Set<() => void>();

  /** Appends atomically; all events or none. */
  abstract append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;

  /**
   * Several appends in the order given, each as `append` would make it (a stream may come more than
   * once); the first refused stops the rest. For a bulk load of many small streams, where a round
   * trip per stream is the cost: an adapter may send them together, and then makes all or none.
   */
  async appendEach(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const { streamId, events, expected } of appends) results.push(await this.append(streamId, events, expected));
    return results;
  }

  abstract readStream(streamId: string): Promise<RecordedEvent[]>;

  /**
   * Events after `checkpoint` (null: from the start) in the log's global order. Never skips an
   * event that commits later than one already returned: a reader that resumes from the last
   * checkpoint sees every event exactly once.
   */
  abstract readAll(checkpoint: string | null, limit: number): Promise<RecordedEvent[]>;

  /** Whether the event at `position` is at or before `checkpoint` in the global order. */
  abstract isCovered(position: number, checkpoint: string | null): Promise<boolean>;

  /**
   * The position of the newest committed event, visible to readers yet or not (null: the store
   * cannot tell cheaply). A catch-up waits for it, so "caught up" means caught up with every commit.
   */
  async headPosition(): Promise<number | null> {
    return null;
  }

  /** Lets go of connections the store holds of its own (the PostgreSQL store shares the app's database). */
  async close(): Promise<void> {}

  /** In-process wake-up for subscribers after an append; polling remains the fallback. */
  onAppended(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected notifyAppended(): void {
    for (const listener of this.listeners) listener();
  }

  /** Something outside this process appended (a NOTIFY, a live subscription): wake the subscribers. */
  wake(): void {
    this.notifyAppended();
  }
}
