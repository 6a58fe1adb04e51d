import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append as one PL/pgSQL function: claim the stream's versions by compare-and-set on its row,
 * then insert the batch — one statement for the client, one transaction for the server. A function,
 * not the same SQL sent as text, because PL/pgSQL keeps its statements' plans for the session: the
 * text form was planned afresh on every append and ran at half the speed (decision 0007).
 *
 * expected: NULL = any version, 0 = the stream must not exist, n = the stream must be at n.
 * batch: the events as one JSON array of { eventId, type, data, metadata }, in stream order. One
 * jsonb argument, not an array per column: arrays of JSON text go through array-literal quoting
 * both ways and cost a third of the append rate.
 * No row back: the expected version was wrong, and nothing was written.
 */
export class CreateAppendFunction1764500000000 implements MigrationInterface {
  name = 'CreateAppendFunction1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION append_to_stream(stream text, expected integer, batch jsonb)
      RETURNS TABLE (appended_position bigint, appended_version integer)
      LANGUAGE plpgsql AS $append$
      DECLARE
        base integer;
        added integer := jsonb_array_length(batch);
      BEGIN
        IF expected IS NULL THEN
          INSERT INTO event_streams AS claimed (stream_id, version) VALUES (stream, added)
            ON CONFLICT (stream_id) DO UPDATE SET version = claimed.version + added
            RETURNING claimed.version - added INTO base;
        ELSIF expected = 0 THEN
          INSERT INTO event_streams (stream_id, version) VALUES (stream, added)
            ON CONFLICT (stream_id) DO NOTHING
            RETURNING 0 INTO base;
        ELSE
          UPDATE event_streams SET version = version + added
           WHERE stream_id = stream AND version = expected
            RETURNING version - added INTO base;
        END IF;
        IF base IS NULL THEN
          RETURN;
        END IF;
        RETURN QUERY
          INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
          SELECT (event.value ->> 'eventId')::uuid, stream, base + event.ord::integer, event.value ->> 'type', event.value -> 'data', event.value -> 'metadata'
            FROM jsonb_array_elements(batch) WITH ORDINALITY AS event(value, ord)
           ORDER BY event.ord
          RETURNING events.global_position, events.stream_version;
      END
      $append$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION append_to_stream(text, integer, jsonb)`);
  }
}
