import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjectionCheckpoints1763870000050 implements MigrationInterface {
  name = 'CreateProjectionCheckpoints1763870000050';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE projection_checkpoints (
        projection text PRIMARY KEY,
        checkpoint text NOT NULL,
        position bigint NOT NULL,
        events_applied bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE projection_checkpoints`);
  }
}
