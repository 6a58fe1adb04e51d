import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name index with fewer, better-fitted indexes (decision 0018):
 * - each posting of a token carries the bearer's date of birth, kept beside the year in the index
 *   the check probes, so those born on a date that agrees with the date asked are found by index
 *   probes (token, year, date) instead of reading every subject born that day and their tokens
 *   (7 ms for a 1 January date at 150,000 orders, where stand-in dates gather);
 * - the postings of tokens and of pairs are keyed by subject first: the key serves the writer's
 *   look-ups by subject, so the separate index by subject goes (one index fewer to write for every
 *   posting, the cost of a national seed);
 * - the names' GIN index by token, which nothing has read since the name index, goes; so does the
 *   orders' index by subject alone, which the one by subject and last day in force serves;
 * - the subjects with orders are counted from an index of their own (how common a name is weighs
 *   against it): a scan of every subject took 150–360 ms at 150,000 orders.
 */
export class RegisterLeanNameIndex1765000000000 implements MigrationInterface {
  name = 'RegisterLeanNameIndex1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_subject_tokens ADD COLUMN date_of_birth date`);
    await db.query(`
      UPDATE register_subject_tokens t SET date_of_birth = s.date_of_birth
        FROM register_subjects s WHERE s.subject_id = t.subject_id AND s.date_of_birth IS NOT NULL`);
    await db.query(`DROP INDEX register_subject_tokens_by_token_year`);
    await db.query(`CREATE INDEX register_subject_tokens_by_token_year ON register_subject_tokens (token, birth_year, date_of_birth, subject_id)`);
    for (const [table, column] of [
      ['register_subject_tokens', 'token'],
      ['register_subject_pairs', 'pair'],
    ] as const) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`);
      await db.query(`ALTER TABLE ${table} ADD PRIMARY KEY (subject_id, ${column})`);
      await db.query(`DROP INDEX ${table}_by_subject`);
    }
    await db.query(`DROP INDEX register_subject_names_by_token`);
    await db.query(`DROP INDEX register_orders_by_subject`);
    await db.query(`CREATE INDEX register_subjects_with_orders ON register_subjects (subject_id) WHERE has_orders`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX register_subjects_with_orders`);
    await db.query(`CREATE INDEX register_orders_by_subject ON register_orders (subject_id)`);
    await db.query(`CREATE INDEX register_subject_names_by_token ON register_subject_names USING gin (tokens)`);
    for (const [table, column] of [
      ['register_subject_tokens', 'token'],
      ['register_subject_pairs', 'pair'],
    ] as const) {
      await db.query(`CREATE INDEX ${table}_by_subject ON ${table} (subject_id)`);
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`);
      await db.query(`ALTER TABLE ${table} ADD PRIMARY KEY (${column}, subject_id)`);
    }
    await db.query(`DROP INDEX register_subject_tokens_by_token_year`);
    await db.query(`CREATE INDEX register_subject_tokens_by_token_year ON register_subject_tokens (token, birth_year, subject_id)`);
    await db.query(`ALTER TABLE register_subject_tokens DROP COLUMN date_of_birth`);
  }
}
