import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register: each order's current state as the domain folds it, plus the columns its
 * queries search on. Everything here can be dropped and rebuilt from the log.
 */
export class CreateRegister1763870000200 implements MigrationInterface {
  name = 'CreateRegister1763870000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE register_orders (
        order_id uuid PRIMARY KEY,
        subject_id uuid NOT NULL,
        order_type text NOT NULL,
        status text NOT NULL,
        owning_force text NOT NULL,
        made_on date NOT NULL,
        forces text[] NOT NULL,
        version integer NOT NULL,
        position bigint NOT NULL,
        state jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX register_orders_by_subject ON register_orders (subject_id)`);
    await db.query(`CREATE INDEX register_orders_by_force ON register_orders (owning_force, status)`);
    await db.query(`CREATE INDEX register_orders_by_touching_force ON register_orders USING gin (forces)`);
    await db.query(`
      CREATE TABLE register_subjects (
        subject_id uuid PRIMARY KEY,
        forenames text NOT NULL,
        surname text NOT NULL,
        date_of_birth date,
        pnc_id text
      )`);
    await db.query(`CREATE INDEX register_subjects_by_pnc ON register_subjects (pnc_id) WHERE pnc_id IS NOT NULL`);
    await db.query(`CREATE INDEX register_subjects_by_birth ON register_subjects (date_of_birth)`);
    // Every name a subject is known by — the name on the order and each alias — is searchable alike.
    await db.query(`
      CREATE TABLE register_subject_names (
        subject_id uuid NOT NULL REFERENCES register_subjects (subject_id) ON DELETE CASCADE,
        forenames text NOT NULL,
        surname text NOT NULL,
        is_alias boolean NOT NULL,
        tokens text[] NOT NULL,
        PRIMARY KEY (subject_id, forenames, surname)
      )`);
    await db.query(`CREATE INDEX register_subject_names_by_token ON register_subject_names USING gin (tokens)`);
    // Fixed-period prohibitions still in force: what the clock looks at each day.
    await db.query(`
      CREATE TABLE register_prohibitions_in_force (
        order_id uuid NOT NULL,
        prohibition_id text NOT NULL,
        until date NOT NULL,
        PRIMARY KEY (order_id, prohibition_id)
      )`);
    await db.query(`CREATE INDEX register_prohibitions_by_until ON register_prohibitions_in_force (until)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE register_prohibitions_in_force`);
    await db.query(`DROP TABLE register_subject_names`);
    await db.query(`DROP TABLE register_subjects`);
    await db.query(`DROP TABLE register_orders`);
  }
}
