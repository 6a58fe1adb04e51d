import {
  ANY,
  type AllStreamRecordedEvent,
  convertToCommandError,
  DeadlineExceededError,
  KurrentDBClient,
  NotLeaderError,
  NO_STREAM,
  STREAM_EXISTS,
  StreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersion as WrongExpectedVersionDetails } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb.js';
import { LogUnavailable, type NewEvent, WrongExpectedVersion } from '../event-store.port.js';
import {
  comparePositions,
  encodeCheckpoint,
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

const newEvent: NewEvent = {
  eventId: '5f0c9a52-3f0e-4a43-9a51-0d3f3f6d1b7e',
  type: 'OrderMade',
  data: { orderId: 'o-1', prohibitions: [{ text: 'no contact' }] },
  metadata: {
    schemaVersion: 2,
    recordedAt: '2026-11-23T09:00:00.000Z',
    actor: { userId: 'u-1', role: 'order-manager', force: 'kent' },
    commandId: 'c-1',
    correlationId: 'r-1',
  },
};

const recorded = (overrides: Partial<AllStreamRecordedEvent> = {}): AllStreamRecordedEvent => ({
  streamId: 'order-o-1',
  id: newEvent.eventId,
  type: newEvent.type,
  revision: 4n,
  isJson: true,
  data: newEvent.data,
  metadata: newEvent.metadata as unknown as Record<string, unknown>,
  created: new Date('2026-11-23T09:00:01Z'),
  position: { commit: 7_340_032n, prepare: 7_340_032n },
  ...overrides,
} as AllStreamRecordedEvent);

describe('expected versions: ours (1-based, 0 = no stream) to the client streamState and back', () => {
  test.each([
    [0, NO_STREAM],
    [1, 0n],
    [2, 1n],
    [41, 40n],
    ['any' as const, ANY],
  ])('%p → %p', (ours, theirs) => {
    expect(toStreamState(ours)).toBe(theirs);
  });

  test.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('%p is refused', (bad) => {
    expect(() => toStreamState(bad)).toThrow(RangeError);
  });

  test.each([
    [NO_STREAM, 0],
    [0n, 1],
    [1n, 2],
    [40n, 41],
    [-1n, 0],
  ] as const)('the server state %p is our version %p', (state, version) => {
    expect(versionOf(state)).toBe(version);
  });

  test('a revision beyond what a number holds exactly is refused, not rounded', () => {
    expect(() => versionOf(BigInt(Number.MAX_SAFE_INTEGER))).toThrow(RangeError);
  });
});

describe("the client's WrongExpectedVersionError becomes our WrongExpectedVersion", () => {
  test('as the v1 append reply builds it: the stream exists at revision 4 → actual version 5', () => {
    // streams/appendToStream/append.js: new WrongExpectedVersionError(null, { streamName, current, expected })
    const theirs = new WrongExpectedVersionError(undefined, { streamName: 'ns-order-a', expected: toStreamState(3), current: 4n });
    const ours = translateAppendError(theirs, 'order-a', 3);
    expect(ours).toBeInstanceOf(WrongExpectedVersion);
    expect(ours).toMatchObject({ streamId: 'order-a', expected: 3, actual: 5 });
  });

  test('no stream on the server → actual version 0', () => {
    const theirs = new WrongExpectedVersionError(undefined, { streamName: 'order-b', expected: toStreamState(3), current: NO_STREAM });
    expect(translateAppendError(theirs, 'order-b', 3)).toMatchObject({ streamId: 'order-b', expected: 3, actual: 0 });
  });

  test('as the batch append builds it from the protocol message (fromWrongExpectedVersion)', () => {
    const details = new WrongExpectedVersionDetails();
    details.setExpectedStreamPosition('0');
    details.setCurrentStreamRevision('1');
    const theirs = WrongExpectedVersionError.fromWrongExpectedVersion(details, 'order-a');
    expect(theirs.expectedState).toBe(toStreamState(1));
    expect(translateAppendError(theirs, 'order-a', 1)).toMatchObject({ expected: 1, actual: 2 });

    const none = new WrongExpectedVersionDetails();
    none.setExpectedStreamPosition('2');
    none.setCurrentNoStream(undefined);
    expect(translateAppendError(WrongExpectedVersionError.fromWrongExpectedVersion(none, 'order-a'), 'order-a', 3)).toMatchObject({ actual: 0 });
  });

  test('as the v2 protocol reports a revision conflict (fromRevisionConflict)', () => {
    const theirs = WrongExpectedVersionError.fromRevisionConflict({ stream: 'order-a', expectedRevision: '-1', actualRevision: '6' });
    expect(translateAppendError(theirs, 'order-a', 0)).toMatchObject({ expected: 0, actual: 7 });
    const gone = WrongExpectedVersionError.fromRevisionConflict({ stream: 'order-a', expectedRevision: '3', actualRevision: '-1' });
    expect(translateAppendError(gone, 'order-a', 4)).toMatchObject({ expected: 4, actual: 0 });
  });

  test('as a gRPC error with exception metadata, through the client’s own convertToCommandError', () => {
    const metadata = { 'exception': 'wrong-expected-version', 'stream-name': 'order-a', 'expected-version': '0', 'actual-version': '2' };
    const grpcError = Object.assign(new Error('9 FAILED_PRECONDITION'), { code: 9, details: '', metadata: { getMap: () => metadata } });
    const theirs = convertToCommandError(grpcError);
    expect(theirs).toBeInstanceOf(WrongExpectedVersionError);
    expect(translateAppendError(theirs, 'order-a', 1)).toMatchObject({ expected: 1, actual: 3 });
  });

  test("an actual state that is not a revision (a server surprise) is left as the client's error", () => {
    const odd = new WrongExpectedVersionError(undefined, { streamName: 'order-a', expected: 1n, current: STREAM_EXISTS as unknown as bigint });
    expect(translateAppendError(odd, 'order-a', 2)).toBe(odd);
  });

  test('other errors pass through untouched', () => {
    const deleted = StreamDeletedError.fromStreamName('order-a');
    const unavailable = new UnavailableError();
    expect(translateAppendError(deleted, 'order-a', 1)).toBe(deleted);
    expect(translateAppendError(unavailable, 'order-a', 1)).toBe(unavailable);
  });
});

describe('events both ways', () => {
  test("ours → the client's JSON event: our event id, type, data and metadata", () => {
    expect(toEventData(newEvent)).toEqual({
      id: newEvent.eventId,
      contentType: 'application/json',
      type: 'OrderMade',
      data: newEvent.data,
      metadata: newEvent.metadata,
    });
  });

  test("the client's recorded event → ours: version = revision + 1, position = prepare, checkpoint = commit:prepare", () => {
    const ours = fromRecorded(recorded({ position: { commit: 9_000n, prepare: 9_120n } }), 'order-o-1');
    expect(ours).toEqual({ ...newEvent, streamId: 'order-o-1', streamVersion: 5, position: 9_120, checkpoint: '9000:9120' });
  });

  test('what goes out comes back the same, once through JSON as on the wire', () => {
    const wire = JSON.parse(JSON.stringify(toEventData(newEvent)));
    const back = fromRecorded(recorded({ id: wire.id, type: wire.type, data: wire.data, metadata: wire.metadata, revision: 0n }), 'order-o-1');
    expect({ eventId: back.eventId, type: back.type, data: back.data, metadata: back.metadata }).toEqual(newEvent);
    expect(back.streamVersion).toBe(1);
  });

  test('an event STOR did not write (not JSON, no metadata, no position) is refused loudly', () => {
    expect(() => fromRecorded(recorded({ isJson: false, data: new Uint8Array([1]) } as unknown as AllStreamRecordedEvent), 's')).toThrow(/not JSON/);
    expect(() => fromRecorded(recorded({ metadata: undefined }), 's')).toThrow(/metadata/);
    expect(() => fromRecorded(recorded({ position: undefined } as unknown as AllStreamRecordedEvent), 's')).toThrow(/22\.6/);
  });
});

describe('positions and checkpoints', () => {
  test('a checkpoint is commit:prepare and parses back to the same position', () => {
    const position = { commit: 123_456_789_012n, prepare: 123_456_789_140n };
    expect(encodeCheckpoint(position)).toBe('123456789012:123456789140');
    expect(parseCheckpoint(encodeCheckpoint(position))).toEqual(position);
    expect(parseCheckpoint(null)).toBeNull();
  });

  test('a checkpoint that is not commit:prepare is refused', () => {
    expect(() => parseCheckpoint('42')).toThrow(/checkpoint/);
    expect(() => parseCheckpoint('a:b')).toThrow(/checkpoint/);
  });

  test('the position number is the prepare position, exact up to 2^53', () => {
    expect(positionNumber({ commit: 100n, prepare: 228n })).toBe(228);
    expect(positionNumber({ commit: 0n, prepare: BigInt(Number.MAX_SAFE_INTEGER) })).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => positionNumber({ commit: 0n, prepare: BigInt(Number.MAX_SAFE_INTEGER) + 1n })).toThrow(RangeError);
  });

  test('$all order: commit first, then prepare', () => {
    expect(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n })).toBeLessThan(0);
    expect(comparePositions({ commit: 5n, prepare: 5n }, { commit: 5n, prepare: 7n })).toBeLessThan(0);
    expect(comparePositions({ commit: 5n, prepare: 7n }, { commit: 5n, prepare: 7n })).toBe(0);
    expect(comparePositions({ commit: 6n, prepare: 6n }, { commit: 5n, prepare: 7n })).toBeGreaterThan(0);
  });

  test('isCovered compares the event position with the checkpoint (at or before → covered)', () => {
    expect(isCoveredBy(500, '500:500')).toBe(true);
    expect(isCoveredBy(499, '500:500')).toBe(true);
    expect(isCoveredBy(501, '500:500')).toBe(false);
    // the second event of an append that shares its commit position with the first
    expect(isCoveredBy(620, '500:500')).toBe(false);
    expect(isCoveredBy(620, '500:620')).toBe(true);
    expect(isCoveredBy(1, null)).toBe(false);
  });
});

describe('connection strings', () => {
  test.each([
    ['kurrentdb://localhost:2113?tls=false', 'kurrentdb://localhost:2113?tls=false'],
    ['esdb://localhost:2113?tls=false', 'kurrentdb://localhost:2113?tls=false'],
    ['esdb+discover://admin:changeit@cluster.local:2113', 'kurrentdb+discover://admin:changeit@cluster.local:2113'],
    [' kdb://a:2113,b:2113?nodePreference=leader ', 'kurrentdb://a:2113,b:2113?nodePreference=leader'],
  ])('%s → %s', (given, used) => {
    expect(normaliseConnectionString(given)).toBe(used);
  });

  test('anything else is refused', () => {
    expect(() => normaliseConnectionString('postgres://localhost/stor')).toThrow(/kurrentdb:\/\//);
  });

  test('the client accepts what we hand it (no connection is made until the first call)', async () => {
    for (const url of ['esdb://localhost:2113?tls=false', 'kurrentdb://localhost:2113?tls=false']) {
      const client = KurrentDBClient.connectionString(normaliseConnectionString(url));
      expect(client).toBeInstanceOf(KurrentDBClient);
      await client.dispose();
    }
  });
});

describe('a server out of reach, as LogUnavailable', () => {
  /** A gRPC error as @grpc/grpc-js raises it: a numeric status code, metadata as a map. */
  const grpcError = (code: number, metadata: Record<string, string> = {}) =>
    Object.assign(new Error(`${code} status`), { code, details: '', metadata: { getMap: () => metadata } });

  test('no connection: the plain gRPC error an append to a refusing server raises (status 14)', () => {
    // Seen here: appendToStream against a closed port rejects with Error {code: 14}, not UnavailableError.
    const translated = translateUnavailable(grpcError(14));
    expect(translated).toBeInstanceOf(LogUnavailable);
    expect((translated as LogUnavailable).reason).toBe('UnavailableError');
  });

  test("the client's own UnavailableError (reads and subscriptions raise it)", () => {
    expect(translateUnavailable(new UnavailableError())).toMatchObject({ reason: 'UnavailableError' });
  });

  test('a deadline passed (status 4): whether the append landed is unknown, so it is retried, never assumed', () => {
    const theirs = convertToCommandError(grpcError(4));
    expect(theirs).toBeInstanceOf(DeadlineExceededError);
    expect(translateUnavailable(theirs)).toMatchObject({ reason: 'DeadlineExceededError' });
  });

  test('a follower answered while the cluster has another leader', () => {
    const theirs = convertToCommandError(grpcError(5, { exception: 'not-leader', 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' }));
    expect(theirs).toBeInstanceOf(NotLeaderError);
    expect(translateUnavailable(theirs)).toBeInstanceOf(LogUnavailable);
  });

  test('errors that are answers, not outages, pass through untouched', () => {
    const conflict = new WrongExpectedVersionError(undefined, { streamName: 'order-a', expected: 1n, current: 2n });
    const deleted = StreamDeletedError.fromStreamName('order-a');
    const plain = new Error('not JSON');
    for (const error of [conflict, deleted, plain]) expect(translateUnavailable(error)).toBe(error);
  });
});
