import {
  ANY,
  type AllStreamRecordedEvent,
  convertToCommandError,
  type CurrentStreamState,
  DeadlineExceededError,
  jsonEvent,
  type JSONEventData,
  NO_STREAM,
  type Position,
  type RecordedEvent as KurrentRecordedEvent,
  NotLeaderError,
  type StreamState,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import {
  type EventMetadata,
  type ExpectedVersion,
  type NewEvent,
  LogUnavailable,
  type RecordedEvent,
  WrongExpectedVersion,
} from '../event-store.port.js';

/*
 * Every translation between our port and the KurrentDB client, kept free of I/O so that each one is
 * unit-tested against the client's own types and error classes (no server runs where we test).
 *
 * Versions: ours are 1-based (1 = a stream's first event, 0 = no stream); KurrentDB revisions are
 * 0-based. So our version n is revision n-1, and revision r is our version r+1.
 *
 * Positions: an event's place in $all is a pair (commit, prepare). `RecordedEvent.position` is the
 * prepare position as a number; the checkpoint is `${commit}:${prepare}`. See
 * docs/decisions/0004-eventstoredb-adapter.md for why prepare and not commit.
 */

/** Our expected version as the client's `streamState`: 0 → NO_STREAM, n → revision n-1, 'any' → ANY. */
export function toStreamState(expected: ExpectedVersion): StreamState {
  if (expected === 'any') return ANY;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`expected version must be 'any' or a whole number ≥ 0, not ${String(expected)}`);
  }
  return expected === 0 ? NO_STREAM : BigInt(expected - 1);
}

/** A stream state the server reports, as our version: NO_STREAM (or a negative revision) → 0, r → r+1. */
export function versionOf(state: CurrentStreamState): number {
  if (state === NO_STREAM || state < 0n) return 0;
  return toSafeNumber(state + 1n, 'stream version');
}

/**
 * The client's WrongExpectedVersionError as ours, naming our stream id (not the namespaced server
 * name) and the stream's actual version; any other error passes through unchanged.
 */
export function translateAppendError(error: unknown, streamId: string, expected: ExpectedVersion): unknown {
  if (!(error instanceof WrongExpectedVersionError)) return error;
  const actual = error.actualState;
  // A server reporting "stream exists"/"any" as the actual state would be a protocol surprise; we only
  // know it is not what was expected, so say so rather than invent a version.
  if (actual !== NO_STREAM && typeof actual !== 'bigint') return error;
  return new WrongExpectedVersion(streamId, expected, versionOf(actual));
}

/**
 * An error that means the server cannot be reached just now (no connection, a deadline passed, an
 * operation timed out, no leader) as our LogUnavailable; any other error passes through unchanged.
 * Raw gRPC errors go through the client's own conversion first: an append to a server that refuses
 * the connection arrives as a plain Error with gRPC status 14, unconverted.
 */
export function translateUnavailable(error: unknown): unknown {
  const converted = error instanceof Error ? convertToCommandError(error) : error;
  if (converted instanceof UnavailableError || converted instanceof DeadlineExceededError || converted instanceof TimeoutError || converted instanceof NotLeaderError) {
    return new LogUnavailable(converted.constructor.name);
  }
  return error;
}

/** Our event as the client's JSON event; the event id stays ours, so the server's idempotency sees retries. */
export function toEventData(event: NewEvent): JSONEventData {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as Record<string, unknown>,
  });
}

/** A recorded event from a stream or $all read, as ours under our (un-namespaced) stream id. */
export function fromRecorded(record: KurrentRecordedEvent | AllStreamRecordedEvent, streamId: string): RecordedEvent {
  if (!record.isJson) throw new Error(`event ${record.id} in ${record.streamId} is not JSON: not written by STOR`);
  if (!record.position) {
    // Stream reads carry positions only from EventStoreDB 22.6 on; without one we cannot say where it stands.
    throw new Error(`event ${record.id} in ${record.streamId} came without a log position: the server is older than 22.6`);
  }
  if (!isPlainObject(record.data) || !isPlainObject(record.metadata)) {
    throw new Error(`event ${record.id} in ${record.streamId} lacks JSON object data and metadata: not written by STOR`);
  }
  return {
    eventId: record.id,
    type: record.type,
    data: record.data,
    metadata: record.metadata as unknown as EventMetadata,
    streamId,
    streamVersion: toSafeNumber(record.revision + 1n, 'stream version'),
    position: positionNumber(record.position),
    checkpoint: encodeCheckpoint(record.position),
  };
}

/** The number a client may wait for: the prepare position, unique per event and ordered as $all is. */
export function positionNumber(position: Position): number {
  return toSafeNumber(position.prepare, 'log position');
}

export function encodeCheckpoint(position: Position): string {
  return `${position.commit}:${position.prepare}`;
}

export function parseCheckpoint(checkpoint: string | null): Position | null {
  if (checkpoint === null) return null;
  const match = /^(\d+):(\d+)$/.exec(checkpoint);
  if (!match) throw new Error(`not a KurrentDB log checkpoint: ${checkpoint}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

/** $all order: by commit position, then by prepare position within a commit. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/**
 * Whether the event whose `position` (its prepare position) is given stands at or before the
 * checkpoint. For every event appended through the gRPC API prepare order is $all order, so the
 * prepare positions alone decide.
 */
export function isCoveredBy(position: number, checkpoint: string | null): boolean {
  const at = parseCheckpoint(checkpoint);
  return at !== null && BigInt(position) <= at.prepare;
}

/** Accepts `esdb://` and `esdb+discover://` as their `kurrentdb` equivalents (the client warns on esdb). */
export function normaliseConnectionString(url: string): string {
  const match = /^(esdb|kurrentdb|kurrent|kdb)(\+discover)?:\/\//i.exec(url.trim());
  if (!match) throw new Error('EVENTSTORE_URL must be a kurrentdb:// (or esdb://) connection string');
  return `kurrentdb${match[2] ?? ''}://${url.trim().slice(match[0].length)}`;
}

function toSafeNumber(value: bigint, what: string): number {
  // Positions are byte offsets in the log: exact as numbers up to 2^53 bytes (8 PiB) of log.
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${what} ${value} is beyond what a JS number holds exactly`);
  return Number(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
