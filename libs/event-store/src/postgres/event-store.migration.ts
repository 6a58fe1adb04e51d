import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The log. Readers order by (tx_id, global_position) and read only transactions older than every
 * one still running, so an event committed late by a slow transaction is never skipped — the
 * bigserial alone would let a reader pass a position whose transaction has not yet committed.
 */
export class CreateEventStore1763870000000 implements MigrationInterface {
  name = 'CreateEventStore1763870000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event_streams (
        stream_id text PRIMARY KEY,
        version integer NOT NULL CHECK (version > 0)
      )`);
    await db.query(`
      CREATE TABLE events (
        global_position bigserial PRIMARY KEY,
        tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id uuid NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_version integer NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream_id, stream_version)
      )`);
    await db.query(`CREATE INDEX events_in_log_order ON events (tx_id, global_position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE events`);
    await db.query(`DROP TABLE event_streams`);
  }
}
