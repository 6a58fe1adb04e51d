import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the roadside check reads, shaped for it (decision 0013):
 * - every name a subject is known by, on the subject's own row: reading each candidate's names from
 *   their own table was a sub-query per candidate on the hottest path STOR has;
 * - the pairs of name tokens by pair and year of birth, with the subject, so the namesakes nearest
 *   the year asked are read from the index alone, a bounded number per pair however common the name
 *   (reading every bearer of "mohammed khan" from the table took 8 ms at 150,000 orders);
 * - likewise the tokens by token and year, with the subject;
 * - each order's prohibitions in a column of their own, kept by PostgreSQL from the order's state:
 *   taking them out of the whole state, for every candidate's orders in force, was most of a
 *   check's time in the database at 150,000 orders.
 */
export class RegisterCheckReads1764700000000 implements MigrationInterface {
  name = 'RegisterCheckReads1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_subjects ADD COLUMN names jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`
      UPDATE register_subjects s SET names = n.names
        FROM (SELECT subject_id, jsonb_agg(jsonb_build_object('forenames', forenames, 'surname', surname, 'is_alias', is_alias)
                                           ORDER BY is_alias, forenames, surname) AS names
                FROM register_subject_names GROUP BY subject_id) n
       WHERE n.subject_id = s.subject_id`);
    await db.query(`ALTER TABLE register_orders ADD COLUMN prohibitions jsonb GENERATED ALWAYS AS (state->'prohibitions') STORED`);
    await db.query(`CREATE INDEX register_subject_pairs_by_pair_year ON register_subject_pairs (pair, birth_year, subject_id)`);
    await db.query(`DROP INDEX register_subject_tokens_by_token_year`);
    await db.query(`CREATE INDEX register_subject_tokens_by_token_year ON register_subject_tokens (token, birth_year, subject_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX register_subject_tokens_by_token_year`);
    await db.query(`CREATE INDEX register_subject_tokens_by_token_year ON register_subject_tokens (token, birth_year)`);
    await db.query(`DROP INDEX register_subject_pairs_by_pair_year`);
    await db.query(`ALTER TABLE register_orders DROP COLUMN prohibitions`);
    await db.query(`ALTER TABLE register_subjects DROP COLUMN names`);
  }
}
