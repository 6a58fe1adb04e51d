import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the clock needs to find overdue notifications (R16/R17), and the cross-border flag (R37). */
export class RegisterNotificationsAndCrossBorder1763870000400 implements MigrationInterface {
  name = 'RegisterNotificationsAndCrossBorder1763870000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_orders ADD COLUMN notification_due_by date`);
    await db.query(`ALTER TABLE register_orders ADD COLUMN cross_border boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX register_orders_by_notification_due ON register_orders (notification_due_by) WHERE notification_due_by IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX register_orders_by_notification_due`);
    await db.query(`ALTER TABLE register_orders DROP COLUMN cross_border`);
    await db.query(`ALTER TABLE register_orders DROP COLUMN notification_due_by`);
  }
}
