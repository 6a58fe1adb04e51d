import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each subject row carries the log position of the register batch that last changed it, so the name
 * index held in STOR's memory reads only the subjects changed since it last read (decision 0020).
 * Rows already held are at 0: read by the first full read.
 */
export class RegisterHeldNameIndex1765000000200 implements MigrationInterface {
  name = 'RegisterHeldNameIndex1765000000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE register_subjects ADD COLUMN indexed_at bigint NOT NULL DEFAULT 0`);
    await db.query(`CREATE INDEX register_subjects_by_indexed_at ON register_subjects (indexed_at, subject_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX register_subjects_by_indexed_at`);
    await db.query(`ALTER TABLE register_subjects DROP COLUMN indexed_at`);
  }
}
