import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who read or changed what, and when. Kept as long as the register (MoPI Group 1 style). */
export class CreateAuditTrail1763870000100 implements MigrationInterface {
  name = 'CreateAuditTrail1763870000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_trail (
        audit_id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id text,
        actor_name text,
        actor_role text,
        actor_force text,
        action text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        query jsonb NOT NULL DEFAULT '{}'::jsonb,
        status integer NOT NULL,
        order_id text,
        subject_ids text[] NOT NULL DEFAULT '{}',
        purpose text
      )`);
    await db.query(`CREATE INDEX audit_trail_by_actor ON audit_trail (actor_id, at)`);
    await db.query(`CREATE INDEX audit_trail_by_time ON audit_trail (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_trail`);
  }
}
