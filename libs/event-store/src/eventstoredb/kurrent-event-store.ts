import { randomUUID } from 'node:crypto';
import {
  type AllStreamResolvedEvent,
  type AppendResult as KurrentAppendResult,
  type AppendToStreamOptions,
  END,
  type EventData,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ResolvedEvent,
  START,
  type StreamState,
  StreamNotFoundError,
  type SubscribeToAllOptions,
  streamNameFilter,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  type AppendResult,
  DuplicateEvent,
  EventStore,
  type ExpectedVersion,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedVersion,
} from '../event-store.port.js';
import { KurrentAllSubscription, type KurrentAllSubscriptionOptions, type LiveAllSubscription } from './kurrent-all-subscription.js';
import {
  comparePositions,
  fromRecorded,
  isCoveredBy,
  normaliseConnectionString,
  parseCheckpoint,
  positionNumber,
  toEventData,
  toStreamState,
  translateAppendError,
  translateUnavailable,
  versionOf,
} from './kurrent.mapping.js';
import { Backoff } from '#platform';

/** The parts of `KurrentDBClient` the store uses; the real client fits, a simulation does in unit tests. */
export interface KurrentClient {
  appendToStream(streamName: string, events: EventData | EventData[], options?: AppendToStreamOptions): Promise<KurrentAppendResult>;
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterableIterator<ResolvedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterableIterator<AllStreamResolvedEvent>;
  subscribeToAll(options: SubscribeToAllOptions): LiveAllSubscription;
  dispose(): Promise<void>;
}

export interface KurrentEventStoreOptions {
  /**
   * Put before every stream name on the server. '' in production (streams are named as our stream
   * ids, `order-<uuid>`); a fresh value per test, so that a shared server looks empty to each test.
   */
  namespace?: string;
  /**
   * Subscribe to $all while someone listens to `onAppended`, so appends by other processes wake the
   * projection runner at once rather than at its next poll. Default true.
   */
  liveWakeUps?: boolean;
  /**
   * How long an append waits on a claim of one of its event ids for another stream when that stream
   * does not hold the event yet (its append may be under way). Above the client's 10 s deadline.
   * Default 15 s.
   */
  claimWaitMs?: number;
  /** Tuning and reporting of that subscription. */
  subscription?: Pick<KurrentAllSubscriptionOptions, 'initialBackoffMs' | 'maxBackoffMs' | 'staleAfterMs' | 'scheduler' | 'onError' | 'onStale'>;
}

/** Streams that record which stream an event id was appended to; see `claim`. */
const EVENT_ID_STREAM = 'stor-event-id-';
const CLAIM_TYPE = 'EventIdClaimed';
const MOST_CLAIM_ATTEMPTS = 5;

/**
 * The log in EventStoreDB/KurrentDB: one server stream per order stream, $all as the global order.
 * Reads are pull (`readAll` from a checkpoint); the $all subscription only wakes the runner.
 */
export class KurrentEventStore extends EventStore {
  private readonly namespace: string;
  private readonly streamNameRegex: string;
  private readonly ours: RegExp;
  private readonly claimWaitMs: number;
  private wakeUps: KurrentAllSubscription | null = null;
  private listening = 0;

  /** `kurrentdb://host:2113?tls=false`, or the older `esdb://` spelling. */
  static connect(url: string, options: KurrentEventStoreOptions = {}): KurrentEventStore {
    return new KurrentEventStore(KurrentDBClient.connectionString(normaliseConnectionString(url)), options);
  }

  constructor(
    private readonly client: KurrentClient,
    private readonly options: KurrentEventStoreOptions = {},
  ) {
    super();
    this.namespace = options.namespace ?? '';
    this.claimWaitMs = options.claimWaitMs ?? 15_000;
    if (!/^[A-Za-z0-9_.-]*$/.test(this.namespace)) throw new Error(`namespace may hold letters, digits, '_', '.', '-' only: ${this.namespace}`);
    // Our streams: in the namespace, not a system stream ($…), not an event-id claim (of any
    // namespace: '' holds every other). The same pattern serves the server (a .NET regex, in the read
    // and subscription filters) and us.
    this.streamNameRegex = `^${this.namespace.replaceAll('.', '\\.')}(?!\\$)(?!.*${EVENT_ID_STREAM})`;
    this.ours = new RegExp(this.streamNameRegex);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return reachingTheServer(() => this.appendAll(streamId, events, expected));
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return reachingTheServer(() => this.readOurStream(streamId));
  }

  async readAll(checkpoint: string | null, limit: number): Promise<RecordedEvent[]> {
    return reachingTheServer(() => this.readAllAfter(checkpoint, limit));
  }

  private async appendAll(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    if (streamId.startsWith('$') || streamId.includes(EVENT_ID_STREAM)) throw new Error(`not a stream id STOR may write: ${streamId}`);
    const streamState = toStreamState(expected);
    const seen = new Set<string>();
    for (const event of events) {
      if (seen.has(event.eventId)) throw new DuplicateEvent(event.eventId);
      seen.add(event.eventId);
    }
    await this.claimAll(streamId, events);
    const stream = this.serverStream(streamId);
    let result: KurrentAppendResult;
    try {
      result = await this.client.appendToStream(stream, events.map(toEventData), { streamState });
    } catch (error) {
      throw translateAppendError(error, streamId, expected);
    }
    if (!result.success) {
      // Only when the connection string sets throwOnAppendFailure=false: the same conflict, as a value.
      throw new WrongExpectedVersion(streamId, expected, versionOf(result.nextExpectedRevision < 0n ? NO_STREAM : result.nextExpectedRevision));
    }
    const position = await this.positionAt(stream, result.nextExpectedRevision);
    this.notifyAppended();
    return { version: versionOf(result.nextExpectedRevision), position };
  }

  private async readOurStream(streamId: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (const resolved of await this.readServerStream(this.serverStream(streamId))) {
      if (resolved.event) events.push(fromRecorded(resolved.event, streamId));
    }
    return events;
  }

  private async readAllAfter(checkpoint: string | null, limit: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    if (limit <= 0) return events;
    // Everything at or before `floor` has been returned already (or is the caller's checkpoint).
    let floor = parseCheckpoint(checkpoint);
    const filter = streamNameFilter({ regex: this.streamNameRegex });
    for (;;) {
      // A read of $all starts AT its position (a subscription starts after it): ask for one more than
      // we need, and drop what is not after `floor`.
      const pageSize = limit - events.length + 1;
      let received = 0;
      for await (const resolved of this.client.readAll({ fromPosition: floor ?? START, direction: FORWARDS, maxCount: pageSize, filter })) {
        received++;
        const event = resolved.event;
        if (!event) continue;
        if (floor && comparePositions(event.position, floor) <= 0) continue;
        floor = event.position;
        if (!this.isOurs(event.streamId, event.type)) continue;
        events.push(fromRecorded(event, event.streamId.slice(this.namespace.length)));
        if (events.length === limit) return events;
      }
      // A short page is the end of the log; a full one that gave us too few (repeats, foreign events) goes on from `floor`.
      if (received < pageSize) return events;
    }
  }

  async isCovered(position: number, checkpoint: string | null): Promise<boolean> {
    return isCoveredBy(position, checkpoint);
  }

  override onAppended(listener: () => void): () => void {
    const off = super.onAppended(listener);
    let on = true;
    this.listening++;
    this.startWakeUps();
    return () => {
      if (!on) return;
      on = false;
      off();
      if (--this.listening === 0) void this.stopWakeUps();
    };
  }

  override async close(): Promise<void> {
    await this.stopWakeUps();
    await this.client.dispose();
  }

  /**
   * Refuses an event id that is already in the log, in any stream. KurrentDB keeps no index by
   * event id (its own deduplication covers recent retries to the same stream only), so each id gets
   * a claim stream, `stor-event-id-<id>`, whose events name the streams the id was appended to.
   * Claims are written before the events. A claim whose stream holds the event: a duplicate. A claim
   * whose stream does not: either its append failed (stale: taken over by compare-and-set on the
   * claim stream), or it is still under way. For the same stream that race is settled by the
   * stream's own expected version; for another stream we wait, up to `claimWaitMs` of the claim's
   * age, for its append to show or not.
   */
  private async claimAll(streamId: string, events: NewEvent[]): Promise<void> {
    const outcomes = await Promise.allSettled(events.map((event) => this.claim(event.eventId, streamId)));
    const duplicate = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected' && o.reason instanceof DuplicateEvent);
    const failed = duplicate ?? outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async claim(eventId: string, streamId: string): Promise<void> {
    const claims = this.serverStream(`${EVENT_ID_STREAM}${eventId}`);
    let streamState: StreamState = NO_STREAM;
    const firstLook = Date.now();
    const pause = new Backoff(20, 500);
    for (let attempt = 1; attempt <= MOST_CLAIM_ATTEMPTS; attempt++) {
      try {
        await this.client.appendToStream(claims, jsonEvent({ id: randomUUID(), type: CLAIM_TYPE, data: { streamId } }), { streamState });
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
      for (;;) {
        const earlier = (await this.readServerStream(claims)).flatMap((resolved) => (resolved.event ? [resolved.event] : []));
        const claimedFor = new Set(earlier.map((event) => (event.data as { streamId?: unknown }).streamId).filter((id): id is string => typeof id === 'string'));
        for (const other of claimedFor) {
          if (await this.streamHolds(this.serverStream(other), eventId)) throw new DuplicateEvent(eventId);
        }
        const last = earlier.at(-1);
        streamState = last ? last.revision : NO_STREAM;
        const lastFor = (last?.data as { streamId?: unknown } | undefined)?.streamId;
        // Age by the server's clock and by ours: a claim that is young by both may be an append in flight.
        const now = Date.now();
        const young = last !== undefined && now - last.created.getTime() < this.claimWaitMs && now - firstLook < this.claimWaitMs;
        if (lastFor === streamId || !young) break;
        await new Promise((resolve) => setTimeout(resolve, pause.next()));
      }
    }
    throw new Error(`could not claim event id ${eventId}: other writers kept claiming it`);
  }

  private async streamHolds(stream: string, eventId: string): Promise<boolean> {
    return (await this.readServerStream(stream)).some((resolved) => resolved.event?.id === eventId);
  }

  /** Where the event at `revision` landed in $all: read back, as the append's reply does not say per event. */
  private async positionAt(stream: string, revision: bigint): Promise<number> {
    for await (const resolved of this.client.readStream(stream, { fromRevision: revision, maxCount: 1, direction: FORWARDS, requiresLeader: true })) {
      if (resolved.event?.position) return positionNumber(resolved.event.position);
    }
    throw new Error(`event ${revision} of ${stream} was appended but does not read back with a position (server older than 22.6?)`);
  }

  private async readServerStream(stream: string): Promise<ResolvedEvent[]> {
    const events: ResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, { direction: FORWARDS, fromRevision: START })) events.push(resolved);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  private serverStream(streamId: string): string {
    return `${this.namespace}${streamId}`;
  }

  private isOurs(serverStream: string, type: string): boolean {
    return this.ours.test(serverStream) && !type.startsWith('$');
  }

  private startWakeUps(): void {
    if (this.wakeUps || this.options.liveWakeUps === false) return;
    this.wakeUps = new KurrentAllSubscription((options) => this.client.subscribeToAll(options), {
      ...this.options.subscription,
      from: END,
      streamNameRegex: this.streamNameRegex,
      handle: (event) => {
        if (this.isOurs(event.streamId, event.type)) this.notifyAppended();
      },
      // Appends made while no subscription was open send nothing: let the runner look for itself.
      onSubscribed: () => this.notifyAppended(),
    });
    this.wakeUps.start();
  }

  private async stopWakeUps(): Promise<void> {
    const wakeUps = this.wakeUps;
    this.wakeUps = null;
    await wakeUps?.stop();
  }

  /** For tests and health: the wake-up subscription's state, or null when none runs. */
  wakeUpStatus(): ReturnType<KurrentAllSubscription['status']> | null {
    return this.wakeUps?.status() ?? null;
  }
}

/** Runs one operation of the store; a server that cannot be reached just now is our LogUnavailable. */
async function reachingTheServer<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateUnavailable(error);
  }
}
