import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name index's candidates are found in STOR's memory (decision 0020): each subject row carries
 * the log position of the register batch that last changed it, so the index held in memory reads
 * only the subjects changed since it last read (rows already held are at 0: read by the first full
 * read). What only the check's SQL read goes: the pair postings, the year and date of birth on the
 * token postings with their index, and the index that counted the subjects with orders. The token postings stay, keyed by subject: they keep each
 * token's count of bearers, which weighs how common a name is.
 */
export class RegisterHeldNameIndex1765000000200 implements MigrationInterface {
  name = 'RegisterHeldNameIndex1765000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_subjects ADD COLUMN indexed_at bigint NOT NULL DEFAULT 0`);
    await db.query(`CREATE INDEX register_subjects_by_indexed_at ON register_subjects (indexed_at, subject_id)`);
    await db.query(`DROP TABLE register_subject_pairs`);
    await db.query(`DROP INDEX register_subject_tokens_by_token_year`);
    await db.query(`ALTER TABLE register_subject_tokens DROP COLUMN birth_year, DROP COLUMN date_of_birth`);
    // The subjects with orders are counted by the index held in memory.
    await db.query(`DROP INDEX register_subjects_with_orders`);
  }

  /** The pair postings and the postings' dates come back empty: `stor rebuild` fills them again with the code of their time. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX register_subjects_with_orders ON register_subjects (subject_id) WHERE has_orders`);
    await db.query(`ALTER TABLE register_subject_tokens ADD COLUMN birth_year integer, ADD COLUMN date_of_birth date`);
    await db.query(`CREATE INDEX register_subject_tokens_by_token_year ON register_subject_tokens (token, birth_year, date_of_birth, subject_id)`);
    await db.query(`
      CREATE TABLE register_subject_pairs (
        pair text NOT NULL,
        subject_id uuid NOT NULL,
        birth_year integer,
        PRIMARY KEY (subject_id, pair)
      )`);
    await db.query(`CREATE INDEX register_subject_pairs_by_pair_year ON register_subject_pairs (pair, birth_year, subject_id)`);
    await db.query(`DROP INDEX register_subjects_by_indexed_at`);
    await db.query(`ALTER TABLE register_subjects DROP COLUMN indexed_at`);
  }
}
