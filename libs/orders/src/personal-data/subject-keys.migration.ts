import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each subject's data key, apart from the log (crypto-shredding): sealed under a key derived from
 * STOR's signing key; NULL once erased, when the row keeps only who erased it, when and why. Which
 * subject each order is about, so an order's later events are sealed under the right key.
 */
export class CreateSubjectKeys1765200000500 implements MigrationInterface {
  name = 'CreateSubjectKeys1765200000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE subject_keys (
        subject_id text PRIMARY KEY,
        sealed_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        erased_by text,
        erased_role text,
        erasure_reason text,
        CHECK ((sealed_key IS NULL) = (erased_at IS NOT NULL))
      )`);
    await runner.query(`CREATE TABLE subject_key_orders (order_id text PRIMARY KEY, subject_id text NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE subject_key_orders`);
    await runner.query(`DROP TABLE subject_keys`);
  }
}
