import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subjects as identities (their own stream), CRO numbers, the last day each order is in force by
 * its own dates (so every read can judge "in force today" without waiting for the clock), and the
 * name index the subject check searches: a vocabulary of name tokens with how many subjects bear
 * each (rare names weigh more), the keys each token is found under (spelling, sound, variants),
 * which subjects bear which token, and which bear two tokens of one name together.
 */
export class RegisterIdentityAndNameIndex1764600000000 implements MigrationInterface {
  name = 'RegisterIdentityAndNameIndex1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_subjects ADD COLUMN cro_number text`);
    await db.query(`ALTER TABLE register_subjects ADD COLUMN has_orders boolean NOT NULL DEFAULT false`);
    await db.query(`CREATE INDEX register_subjects_by_cro ON register_subjects (cro_number) WHERE cro_number IS NOT NULL`);
    // 'infinity' while a prohibition runs until further order; null once the order has ended by a decision.
    await db.query(`ALTER TABLE register_orders ADD COLUMN in_force_until date`);
    await db.query(`CREATE INDEX register_orders_by_subject_in_force ON register_orders (subject_id, in_force_until)`);
    // A register kept before this change: its orders' last day in force and its subjects with orders,
    // from what it already holds. Its name index is built by `npm run -s rebuild` (the keys come from TypeScript).
    await db.query(`
      UPDATE register_orders o SET in_force_until = (
        SELECT CASE WHEN bool_or(p->>'until' IS NULL) THEN 'infinity'::date ELSE max((p->>'until')::date) END
          FROM jsonb_array_elements(o.state->'prohibitions') AS p WHERE p->>'status' = 'in-force')
       WHERE o.status IN ('active', 'interim')`);
    await db.query(`UPDATE register_subjects s SET has_orders = true WHERE EXISTS (SELECT 1 FROM register_orders o WHERE o.subject_id = s.subject_id)`);
    await db.query(`
      CREATE TABLE register_name_tokens (
        token text PRIMARY KEY,
        subjects integer NOT NULL
      )`);
    await db.query(`
      CREATE TABLE register_token_keys (
        key text NOT NULL,
        token text NOT NULL,
        PRIMARY KEY (key, token)
      )`);
    await db.query(`
      CREATE TABLE register_subject_tokens (
        token text NOT NULL,
        subject_id uuid NOT NULL,
        birth_year integer,
        PRIMARY KEY (token, subject_id)
      )`);
    await db.query(`CREATE INDEX register_subject_tokens_by_subject ON register_subject_tokens (subject_id)`);
    // Two tokens of one name borne together: a check of a full name reads only the people who
    // have both (its namesakes), however common each token is on its own.
    await db.query(`
      CREATE TABLE register_subject_pairs (
        pair text NOT NULL,
        subject_id uuid NOT NULL,
        birth_year integer,
        PRIMARY KEY (pair, subject_id)
      )`);
    await db.query(`CREATE INDEX register_subject_pairs_by_subject ON register_subject_pairs (subject_id)`);
    await db.query(`CREATE INDEX register_subject_tokens_by_token_year ON register_subject_tokens (token, birth_year)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE register_subject_pairs`);
    await db.query(`DROP TABLE register_subject_tokens`);
    await db.query(`DROP TABLE register_token_keys`);
    await db.query(`DROP TABLE register_name_tokens`);
    await db.query(`DROP INDEX register_orders_by_subject_in_force`);
    await db.query(`ALTER TABLE register_orders DROP COLUMN in_force_until`);
    await db.query(`DROP INDEX register_subjects_by_cro`);
    await db.query(`ALTER TABLE register_subjects DROP COLUMN has_orders`);
    await db.query(`ALTER TABLE register_subjects DROP COLUMN cro_number`);
  }
}
