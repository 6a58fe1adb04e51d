import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the clock needs to warn of orders about to run out: each order's last day in force while its
 * owning force has still to be warned of it. No order has been warned before this, so every order
 * that ends by its own dates (not until further order, not ended) is due for its last day. A partial
 * index keeps the daily look a range scan of the few orders near their end.
 */
export class RegisterExpiryWarnings1765200000200 implements MigrationInterface {
  name = 'RegisterExpiryWarnings1765200000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_orders ADD COLUMN last_day_to_warn date`);
    await db.query(`UPDATE register_orders SET last_day_to_warn = in_force_until WHERE isfinite(in_force_until)`);
    await db.query(`CREATE INDEX register_orders_by_last_day_to_warn ON register_orders (last_day_to_warn, order_id) WHERE last_day_to_warn IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX register_orders_by_last_day_to_warn`);
    await db.query(`ALTER TABLE register_orders DROP COLUMN last_day_to_warn`);
  }
}
