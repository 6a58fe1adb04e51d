import { randomUUID } from 'node:crypto';
import {
  ANY,
  type AllStreamRecordedEvent,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type CurrentStreamState,
  END,
  type EventData,
  type Filter,
  NO_STREAM,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  type SubscribeToAllOptions,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import type { KurrentClient } from '../kurrent-event-store.js';
import { FakeLiveSubscription } from './fake-live-subscription.js';

export interface SimulationOptions {
  /**
   * How positions fall in a multi-event append. 'per-event': each event is committed at its own
   * prepare position (gRPC appends are implicit transactions); 'per-append': the events share the
   * first one's commit position, as explicitly committed transactions did. The adapter must work
   * with either.
   */
  commits?: 'per-event' | 'per-append';
  /** Whether `readAll` returns the event AT `fromPosition` (a server's read) or starts after it. */
  readAllStart?: 'inclusive' | 'exclusive';
  /** Extra network round trips a call takes (default none): to make one writer slower than another. */
  delay?: (call: 'appendToStream' | 'readStream' | 'readAll', streamName: string | null) => number;
}

interface StoredRecord {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  data: string;
  metadata: string | undefined;
  created: Date;
  position: Position;
}

/**
 * A KurrentDB in memory, behind the client's method signatures, throwing the client's own error
 * classes as the client does (WrongExpectedVersionError from append, StreamNotFoundError while
 * iterating a read). It is our reading of the server's documented behaviour, for unit tests of the
 * adapter's logic; it proves nothing about a real server (kurrent-event-store.int.spec.ts does).
 */
export class SimulatedKurrentClient implements KurrentClient {
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly log: StoredRecord[] = [];
  private readonly subscriptions = new Set<{ subscription: FakeLiveSubscription; matches(record: StoredRecord): boolean }>();
  // A real log starts with the server's own records; ours do not start at 0 either.
  private nextPosition = 1_000n;
  readonly calls = { appendToStream: 0, readStream: 0, readAll: 0, subscribeToAll: 0 };
  disposed = false;

  constructor(private readonly options: SimulationOptions = {}) {
    this.writeSystemEvent('$settings', '$metadata');
  }

  /** A record the server or another application writes: STOR must never see it. */
  writeSystemEvent(streamId: string, type: string): void {
    this.write(streamId, [{ id: randomUUID(), contentType: 'application/json', type, data: {}, metadata: undefined }]);
  }

  async appendToStream(streamName: string, events: EventData | EventData[], options: AppendToStreamOptions = {}): Promise<AppendResult> {
    this.calls.appendToStream++;
    await this.turns('appendToStream', streamName);
    const streamState = options.streamState ?? ANY;
    const existing = this.streams.get(streamName);
    const current: CurrentStreamState = existing ? BigInt(existing.length - 1) : NO_STREAM;
    const accepted =
      streamState === ANY ||
      (streamState === NO_STREAM && !existing) ||
      (streamState === STREAM_EXISTS && existing !== undefined) ||
      (typeof streamState === 'bigint' && current === streamState);
    if (!accepted) throw new WrongExpectedVersionError(undefined, { streamName, expected: streamState, current });
    const written = this.write(streamName, Array.isArray(events) ? events : [events]);
    const last = written[written.length - 1];
    // The server replies with the transaction's position, which is not each event's: the adapter reads back.
    return { success: true, nextExpectedRevision: last.revision, position: { commit: written[0].position.commit, prepare: written[0].position.commit } };
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterableIterator<ResolvedEvent> {
    this.calls.readStream++;
    await this.turns('readStream', streamName);
    const stream = this.streams.get(streamName);
    if (!stream) throw new StreamNotFoundError(undefined, streamName);
    const from = options.fromRevision === undefined || options.fromRevision === START ? 0n : options.fromRevision === END ? BigInt(stream.length) : options.fromRevision;
    let count = 0;
    for (const record of stream.slice(Number(from))) {
      if (count++ >= Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)) return;
      yield { event: toRecorded(record), commitPosition: record.position.commit };
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterableIterator<AllStreamResolvedEvent> {
    this.calls.readAll++;
    await this.turns('readAll', null);
    if (options.direction === 'backwards') throw new Error('the simulation reads forwards only');
    const from = options.fromPosition ?? START;
    const inclusive = (this.options.readAllStart ?? 'inclusive') === 'inclusive';
    let count = 0;
    for (const record of [...this.log]) {
      if (from === END) return;
      if (from !== START) {
        const order = compare(record.position, from);
        if (order < 0 || (order === 0 && !inclusive)) continue;
      }
      if (options.filter && !matches(options.filter, record)) continue;
      if (count++ >= Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)) return;
      yield { event: toRecorded(record), commitPosition: record.position.commit };
    }
  }

  subscribeToAll(options: SubscribeToAllOptions): FakeLiveSubscription {
    this.calls.subscribeToAll++;
    const subscription = new FakeLiveSubscription(options);
    const matchesRecord = (record: StoredRecord) => !options.filter || matches(options.filter, record);
    const from = options.fromPosition ?? START;
    // Catch up (a subscription starts after its position), then live.
    for (const record of this.log) {
      if (from === END) break;
      if (from !== START && compare(record.position, from) <= 0) continue;
      if (matchesRecord(record)) void subscription.send({ event: toRecorded(record), commitPosition: record.position.commit });
    }
    const entry = { subscription, matches: matchesRecord };
    this.subscriptions.add(entry);
    const unsubscribe = subscription.unsubscribe.bind(subscription);
    subscription.unsubscribe = async () => {
      this.subscriptions.delete(entry);
      await unsubscribe();
    };
    return subscription;
  }

  /** The connection drops: every open subscription fails, as the client's would. */
  dropSubscriptions(error: unknown = new Error('connection reset')): void {
    for (const { subscription } of [...this.subscriptions]) subscription.end(error);
    this.subscriptions.clear();
  }

  openSubscriptions(): number {
    return [...this.subscriptions].filter(({ subscription }) => !subscription.unsubscribed).length;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.dropSubscriptions();
  }

  private async turns(call: 'appendToStream' | 'readStream' | 'readAll', streamName: string | null): Promise<void> {
    for (let i = 0; i <= (this.options.delay?.(call, streamName) ?? 0); i++) await turn();
  }

  private write(streamName: string, events: EventData[]): StoredRecord[] {
    const stream = this.streams.get(streamName) ?? [];
    const written: StoredRecord[] = [];
    for (const event of events) {
      const prepare = this.nextPosition;
      const data = JSON.stringify(event.data);
      this.nextPosition += BigInt(120 + data.length);
      const commit = this.options.commits === 'per-append' && written.length > 0 ? written[0].position.commit : prepare;
      const record: StoredRecord = {
        streamId: streamName,
        id: event.id,
        type: event.type,
        revision: BigInt(stream.length),
        data,
        metadata: event.metadata === undefined ? undefined : JSON.stringify(event.metadata),
        created: new Date(),
        position: { commit, prepare },
      };
      stream.push(record);
      this.log.push(record);
      written.push(record);
    }
    this.streams.set(streamName, stream);
    for (const { subscription, matches: wanted } of this.subscriptions) {
      for (const record of written) if (wanted(record)) void subscription.send({ event: toRecorded(record), commitPosition: record.position.commit });
    }
    return written;
  }
}

function toRecorded(record: StoredRecord): AllStreamRecordedEvent {
  // Parsed afresh on every read, as bytes off the wire would be.
  return {
    streamId: record.streamId,
    id: record.id,
    type: record.type,
    revision: record.revision,
    isJson: true,
    data: JSON.parse(record.data),
    metadata: record.metadata === undefined ? undefined : JSON.parse(record.metadata),
    created: record.created,
    position: { ...record.position },
  };
}

function matches(filter: Filter, record: StoredRecord): boolean {
  const subject = filter.filterOn === 'streamName' ? record.streamId : record.type;
  return 'regex' in filter ? new RegExp(filter.regex).test(subject) : filter.prefixes.some((prefix) => subject.startsWith(prefix));
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

/** Lets concurrent callers interleave, as network round trips would. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
