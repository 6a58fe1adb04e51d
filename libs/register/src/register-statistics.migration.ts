import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the national figures count, on each order's row: the force that obtained the order (its
 * owner when it was made; a transfer moves management, not who obtained it) and how many breaches
 * are recorded against it. Filled from the state each row already holds.
 */
export class RegisterStatistics1765000000300 implements MigrationInterface {
  name = 'RegisterStatistics1765000000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_orders ADD COLUMN obtained_by text, ADD COLUMN breaches_recorded integer NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE register_orders
         SET obtained_by = coalesce(state->'transfers'->0->>'fromForce', owning_force),
             breaches_recorded = jsonb_array_length(coalesce(state->'breaches', '[]'::jsonb))`);
    await db.query(`ALTER TABLE register_orders ALTER COLUMN obtained_by SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_orders DROP COLUMN obtained_by, DROP COLUMN breaches_recorded`);
  }
}
