import { whyDatabaseUnreachable } from '#platform';
import type { DataSource } from 'typeorm';
import { LOG_CHANNEL } from './postgres-log-listener.js';
import { PostgresLogNotifier } from './postgres-log-notifier.js';
import {
  type AppendResult,
  DuplicateEvent,
  EventStore,
  type ExpectedVersion,
  LogUnavailable,
  type NewEvent,
  type RecordedEvent,
  type StreamAppend,
  WrongExpectedVersion,
} from '../event-store.port.js';

const UNIQUE_VIOLATION = '23505';
const START = { txId: '0', position: 0 };

interface EventRow {
  global_position: string | number;
  tx: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  data: Record<string, unknown>;
  metadata: NewEvent['metadata'];
}

// The text form of tx_id is named `tx`, not `tx_id`: ORDER BY prefers an output column's name, and
// sorting the text ('1000' < '754') would hand a reader events out of order at every change of digit count.
const COLUMNS = 'global_position, tx_id::text AS tx, event_id::text AS event_id, stream_id, stream_version, type, data, metadata';

export interface PostgresEventStoreOptions {
  /**
   * Whether other processes may LISTEN for this one's appends (a PostgreSQL server shared by several
   * processes: the default). Embedded PGlite belongs to one process, whose subscribers are woken in it.
   */
  notifyOtherProcesses?: boolean;
}

/**
 * How long a commit may wait before other processes hear of it. Bounds the NOTIFYs one process
 * sends to 40 a second however fast it appends; a subscriber in another process sees a new event
 * this much later at worst (one in this process is woken at once).
 */
const NOTIFY_EVERY_MS = 25;

/** The log in a PostgreSQL table (server or embedded PGlite): same SQL either way. */
export class PostgresEventStore extends EventStore {
  private readonly notifier: PostgresLogNotifier | null;

  constructor(
    private readonly db: DataSource,
    options: PostgresEventStoreOptions = {},
  ) {
    super();
    this.notifier =
      options.notifyOtherProcesses === false ? null : new PostgresLogNotifier(() => db.query(`SELECT pg_notify('${LOG_CHANNEL}', '')`), NOTIFY_EVERY_MS);
  }

  /**
   * One call of `append_to_stream` (CreateAppendFunction1764500000000): the compare-and-set on the
   * stream's row and the insert of its events, atomic and in one round trip. No NOTIFY inside it
   * (see PostgresLogNotifier).
   */
  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    let rows: AppendedRow[];
    try {
      rows = await this.query(`SELECT appended_position, appended_version FROM append_to_stream($1, $2, $3::jsonb)`, [
        streamId,
        expectedOf(expected),
        JSON.stringify(storedEvents(events)),
      ]);
    } catch (error) {
      throw asDuplicate(error, events) ?? error;
    }
    if (rows.length === 0) throw await refusal(streamId, expected, (sql, parameters) => this.query(sql, parameters));
    this.appended();
    return resultOf(rows);
  }

  /**
   * Every append in one call of `append_to_stream` each, in one statement and one transaction: all
   * land or none. The calls run in the order given (a lateral join over the array, row by row), so
   * a stream given twice sees its first append before its second.
   */
  override async appendEach(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (appends.length === 0) return [];
    if (appends.some(({ events }) => events.length === 0)) throw new Error('append needs at least one event');
    const batch = JSON.stringify(appends.map(({ streamId, events, expected }) => ({ streamId, expected: expectedOf(expected), events: storedEvents(events) })));
    let results: AppendResult[];
    try {
      results = await this.db.transaction(async (tx) => {
        const rows: (AppendedRow & { ordinal: number })[] = await tx.query(
          `SELECT a.ordinal::int AS ordinal, r.appended_position, r.appended_version
             FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(append, ordinal)
             CROSS JOIN LATERAL append_to_stream(a.append ->> 'streamId', (a.append ->> 'expected')::integer, a.append -> 'events') AS r`,
          [batch],
        );
        const rowsOf = appends.map((): AppendedRow[] => []);
        for (const row of rows) rowsOf[row.ordinal - 1]?.push(row);
        const refused = appends.find((_, index) => rowsOf[index]?.length === 0);
        // Thrown inside the transaction: the appends before it are rolled back with it.
        if (refused) throw await refusal(refused.streamId, refused.expected, (sql, parameters) => tx.query(sql, parameters));
        return rowsOf.map(resultOf);
      });
    } catch (error) {
      const why = whyDatabaseUnreachable(error);
      throw asDuplicate(error, appends.flatMap(({ events }) => events)) ?? (why ? new LogUnavailable(why) : error);
    }
    this.appended();
    return results;
  }

  private appended(): void {
    this.notifier?.committed();
    this.notifyAppended();
  }

  /** Every statement of the store: an unreachable database is the log being unavailable. */
  private async query<Row>(sql: string, parameters?: unknown[]): Promise<Row[]> {
    try {
      return await this.db.query(sql, parameters);
    } catch (error) {
      const why = whyDatabaseUnreachable(error);
      throw why ? new LogUnavailable(why) : error;
    }
  }

  /** Announces what this process appended before it lets go (the database is the runtime's to close). */
  override async close(): Promise<void> {
    await this.notifier?.flush();
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await this.query(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map(toRecorded);
  }

  async readAll(checkpoint: string | null, limit: number): Promise<RecordedEvent[]> {
    const after = parseCheckpoint(checkpoint);
    const rows: EventRow[] = await this.query(
      `SELECT ${COLUMNS} FROM events
        WHERE (tx_id, global_position) > ($1::xid8, $2::bigint)
          AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY events.tx_id, events.global_position
        LIMIT $3`,
      [after.txId, after.position, limit],
    );
    return rows.map(toRecorded);
  }

  override async headPosition(): Promise<number | null> {
    const [row]: { head: string | number | null }[] = await this.query(`SELECT max(global_position) AS head FROM events`);
    return row?.head === null || row?.head === undefined ? null : Number(row.head);
  }

  async isCovered(position: number, checkpoint: string | null): Promise<boolean> {
    if (checkpoint === null) return false;
    const after = parseCheckpoint(checkpoint);
    const rows: unknown[] = await this.query(
      `SELECT 1 FROM events WHERE global_position = $1 AND (tx_id, global_position) <= ($2::xid8, $3::bigint)`,
      [position, after.txId, after.position],
    );
    return rows.length > 0;
  }
}

function toRecorded(row: EventRow): RecordedEvent {
  const position = Number(row.global_position);
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    position,
    checkpoint: `${row.tx}:${position}`,
  };
}

function parseCheckpoint(checkpoint: string | null): { txId: string; position: number } {
  if (checkpoint === null) return START;
  const match = /^(\d+):(\d+)$/.exec(checkpoint);
  if (!match) throw new Error(`not a PostgreSQL log checkpoint: ${checkpoint}`);
  return { txId: match[1], position: Number(match[2]) };
}

type AppendedRow = { appended_position: string | number; appended_version: number };

function expectedOf(expected: ExpectedVersion): number | null {
  return expected === 'any' ? null : expected;
}

/** An append's events as `append_to_stream` takes them. */
function storedEvents(events: readonly NewEvent[]): Pick<NewEvent, 'eventId' | 'type' | 'data' | 'metadata'>[] {
  return events.map(({ eventId, type, data, metadata }) => ({ eventId, type, data, metadata }));
}

/** One append's rows: the stream's version and the log's position after its last event. */
function resultOf(rows: readonly AppendedRow[]): AppendResult {
  return {
    version: Math.max(...rows.map((row) => row.appended_version)),
    position: Math.max(...rows.map((row) => Number(row.appended_position))),
  };
}

/** The append named a version the stream is not at: how it stands now, read by `query`. */
async function refusal(
  streamId: string,
  expected: ExpectedVersion,
  query: (sql: string, parameters: unknown[]) => Promise<{ version: number }[]>,
): Promise<WrongExpectedVersion> {
  const [current] = await query(`SELECT version FROM event_streams WHERE stream_id = $1`, [streamId]);
  return new WrongExpectedVersion(streamId, expected, current?.version ?? 0);
}

/** An event id already in the log, as the port names it; null for any other error. */
function asDuplicate(error: unknown, events: readonly NewEvent[]): DuplicateEvent | null {
  return isUniqueViolation(error, 'event_id') ? new DuplicateEvent(duplicateId(error) ?? (events[0] as NewEvent).eventId) : null;
}

function driverError(error: unknown): { code?: string; constraint?: string; detail?: string } {
  const candidate = error as { driverError?: object; code?: string };
  return (candidate?.driverError ?? candidate ?? {}) as { code?: string; constraint?: string; detail?: string };
}

function isUniqueViolation(error: unknown, column: string): boolean {
  const { code, constraint, detail } = driverError(error);
  return code === UNIQUE_VIOLATION && `${constraint ?? ''} ${detail ?? ''}`.includes(column);
}

function duplicateId(error: unknown): string | undefined {
  return /\(event_id\)=\(([^)]+)\)/.exec(driverError(error).detail ?? '')?.[1];
}
