import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every name a subject is known by, kept on the subject's own row as the check reads them: a
 * roadside check judges up to a hundred candidates, and reading each one's names from their own
 * table was a sub-query per candidate on the hottest path STOR has.
 */
export class RegisterNamesOnSubject1764700000000 implements MigrationInterface {
  name = 'RegisterNamesOnSubject1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_subjects ADD COLUMN names jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`
      UPDATE register_subjects s SET names = n.names
        FROM (SELECT subject_id, jsonb_agg(jsonb_build_object('forenames', forenames, 'surname', surname, 'is_alias', is_alias)
                                           ORDER BY is_alias, forenames, surname) AS names
                FROM register_subject_names GROUP BY subject_id) n
       WHERE n.subject_id = s.subject_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_subjects DROP COLUMN names`);
  }
}
