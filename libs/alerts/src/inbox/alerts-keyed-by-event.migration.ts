import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An alert is one per event and force: that is its key, in the order the log is projected, so the
 * inbox appends to its key rather than inserting at random places in an index of millions of
 * alert ids (1.8 million alerts in a national seed; decision 0018). The alert id is still derived
 * from the event and the force, so it names the same alert through every rebuild.
 */
export class AlertsKeyedByEvent1765000000100 implements MigrationInterface {
  name = 'AlertsKeyedByEvent1765000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE alerts DROP CONSTRAINT alerts_pkey`);
    await db.query(`ALTER TABLE alerts ADD PRIMARY KEY (position, force)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE alerts DROP CONSTRAINT alerts_pkey`);
    await db.query(`ALTER TABLE alerts ADD PRIMARY KEY (alert_id)`);
  }
}
