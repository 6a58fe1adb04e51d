import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAlertsInbox1763870000300 implements MigrationInterface {
  name = 'CreateAlertsInbox1763870000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE alerts (
        alert_id uuid PRIMARY KEY,
        force text NOT NULL,
        kind text NOT NULL,
        order_id uuid NOT NULL,
        breach_id text,
        raised_at timestamptz NOT NULL,
        reason text NOT NULL,
        why text NOT NULL,
        position bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX alerts_by_force ON alerts (force, raised_at DESC, position DESC)`);
    // What the inbox needs to know of an order to route alerts about it, kept from the same log.
    await db.query(`
      CREATE TABLE alert_orders (
        order_id uuid PRIMARY KEY,
        order_type text NOT NULL,
        owning_force text NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE alert_orders`);
    await db.query(`DROP TABLE alerts`);
  }
}
