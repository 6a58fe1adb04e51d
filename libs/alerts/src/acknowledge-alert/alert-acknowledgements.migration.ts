import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who acknowledged which alert, and when: a fact users record, not something the log says, so it
 * lives beside the inbox and not in it. A rebuild or replay of the inbox swaps the `alerts` table
 * and never touches this one; alert ids derive from event and force, so each acknowledgement finds
 * its alert again. No foreign key, for the same reason.
 */
export class AlertAcknowledgements1765100000100 implements MigrationInterface {
  name = 'AlertAcknowledgements1765100000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE alert_acknowledgements (
        alert_id uuid PRIMARY KEY,
        force text NOT NULL,
        acknowledged_at timestamptz NOT NULL,
        by_user_id text NOT NULL,
        by_name text NOT NULL,
        by_role text NOT NULL,
        by_force text
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE alert_acknowledgements`);
  }
}
