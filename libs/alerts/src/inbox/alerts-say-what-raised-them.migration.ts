import type { MigrationInterface, QueryRunner } from 'typeorm';

const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/**
 * Each alert names its subject and the event that raised it; the inbox's routing of an order keeps
 * its subject, where the subject lives, and every force alerted about it so far (they hear of what
 * becomes of it).
 *
 * Rows already there are filled in where the log can say, in one pass each: the forces alerted from
 * the inbox itself; the subject, the last notified address and each alert's event from a PostgreSQL
 * log's `events` table (matched by log position, and by the order's stream). With an EventStoreDB log
 * that table is empty and they stay null; `npm run rebuild` fills them from the log either way.
 */
export class AlertsSayWhatRaisedThem1765200000100 implements MigrationInterface {
  name = 'AlertsSayWhatRaisedThem1765200000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE alerts ADD COLUMN subject_id uuid, ADD COLUMN event_id uuid, ADD COLUMN event_type text`);
    await db.query(`ALTER TABLE alert_orders ADD COLUMN subject_id uuid, ADD COLUMN address_force text, ADD COLUMN alerted text[] NOT NULL DEFAULT '{}'`);

    await db.query(`
      UPDATE alert_orders o SET alerted = a.forces
        FROM (SELECT order_id, array_agg(DISTINCT force ORDER BY force) AS forces FROM alerts GROUP BY order_id) a
       WHERE a.order_id = o.order_id`);
    await db.query(`
      UPDATE alert_orders o SET subject_id = (e.data -> 'subject' ->> 'subjectId')::uuid
        FROM events e
       WHERE e.stream_id = 'order-' || o.order_id AND e.type = 'OrderMade' AND e.data -> 'subject' ->> 'subjectId' ~ ${UUID}`);
    await db.query(`
      UPDATE alert_orders o SET address_force = n.force
        FROM (SELECT DISTINCT ON (stream_id) stream_id, data -> 'address' ->> 'force' AS force
                FROM events WHERE type = 'NotificationReceived' ORDER BY stream_id, stream_version DESC) n
       WHERE n.stream_id = 'order-' || o.order_id`);
    await db.query(`
      UPDATE alerts a SET event_id = e.event_id, event_type = e.type, subject_id = o.subject_id
        FROM events e, alert_orders o
       WHERE e.global_position = a.position AND e.stream_id = 'order-' || a.order_id AND o.order_id = a.order_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE alert_orders DROP COLUMN alerted, DROP COLUMN address_force, DROP COLUMN subject_id`);
    await db.query(`ALTER TABLE alerts DROP COLUMN event_type, DROP COLUMN event_id, DROP COLUMN subject_id`);
  }
}
