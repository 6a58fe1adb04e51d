import { rowsAffected } from '#platform';
import type { DataSource, EntityManager } from 'typeorm';
import { LOG_CHANNEL } from './postgres-log-listener.js';
import {
  type AppendResult,
  DuplicateEvent,
  EventStore,
  type ExpectedVersion,
  type NewEvent,
  type RecordedEvent,
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

/** The log in a PostgreSQL table (server or embedded PGlite): same SQL either way. */
export class PostgresEventStore extends EventStore {
  constructor(private readonly db: DataSource) {
    super();
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    let result: AppendResult;
    try {
      result = await this.db.transaction(async (tx) => {
        const base = await this.claimVersions(tx, streamId, events.length, expected);
        const positions = await this.insertEvents(tx, streamId, base, events);
        // Delivered on commit to every process that LISTENs (PostgresLogListener); never before.
        await tx.query(`SELECT pg_notify('${LOG_CHANNEL}', '')`);
        return { version: base + events.length, position: Math.max(...positions) };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'event_id')) {
        throw new DuplicateEvent(duplicateId(error) ?? events[0].eventId);
      }
      throw error;
    }
    this.notifyAppended();
    return result;
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map(toRecorded);
  }

  async readAll(checkpoint: string | null, limit: number): Promise<RecordedEvent[]> {
    const after = parseCheckpoint(checkpoint);
    const rows: EventRow[] = await this.db.query(
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
    const [row]: { head: string | number | null }[] = await this.db.query(`SELECT max(global_position) AS head FROM events`);
    return row?.head === null || row?.head === undefined ? null : Number(row.head);
  }

  async isCovered(position: number, checkpoint: string | null): Promise<boolean> {
    if (checkpoint === null) return false;
    const after = parseCheckpoint(checkpoint);
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM events WHERE global_position = $1 AND (tx_id, global_position) <= ($2::xid8, $3::bigint)`,
      [position, after.txId, after.position],
    );
    return rows.length > 0;
  }

  /** Compare-and-set on the stream row; its row lock also serialises writers of one stream. */
  private async claimVersions(tx: EntityManager, streamId: string, count: number, expected: ExpectedVersion) {
    if (expected === 'any') {
      const [row]: { version: number }[] = await tx.query(
        `INSERT INTO event_streams (stream_id, version) VALUES ($1, $2)
         ON CONFLICT (stream_id) DO UPDATE SET version = event_streams.version + $2
         RETURNING version`,
        [streamId, count],
      );
      return row.version - count;
    }
    const claimed: unknown[] =
      expected === 0
        ? await tx.query(
            `INSERT INTO event_streams (stream_id, version) VALUES ($1, $2) ON CONFLICT (stream_id) DO NOTHING RETURNING version`,
            [streamId, count],
          )
        : await tx.query(
            `UPDATE event_streams SET version = version + $3 WHERE stream_id = $1 AND version = $2 RETURNING version`,
            [streamId, expected, count],
          );
    if (rowsAffected(claimed) === 0) {
      const [current]: { version: number }[] = await tx.query(`SELECT version FROM event_streams WHERE stream_id = $1`, [streamId]);
      throw new WrongExpectedVersion(streamId, expected, current?.version ?? 0);
    }
    return expected;
  }

  private async insertEvents(tx: EntityManager, streamId: string, base: number, events: NewEvent[]) {
    const values: unknown[] = [];
    const tuples = events.map((event, index) => {
      values.push(event.eventId, streamId, base + index + 1, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
      const at = index * 6;
      return `($${at + 1}::uuid, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}::jsonb, $${at + 6}::jsonb)`;
    });
    const rows: { global_position: string | number }[] = await tx.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata) VALUES ${tuples.join(', ')} RETURNING global_position`,
      values,
    );
    return rows.map((row) => Number(row.global_position));
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
