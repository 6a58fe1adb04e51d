import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A force's webhooks, and the outbox of deliveries the inbox projection writes in the same
 * transaction as the alerts. Neither is a projection's table: a rebuild of the inbox swaps `alerts`
 * and `alert_orders`, never these, so a delivery is made once whatever is replayed (decision 0027).
 */
export class CreateWebhooks1765200000300 implements MigrationInterface {
  name = 'CreateWebhooks1765200000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhooks (
        webhook_id uuid PRIMARY KEY,
        force text NOT NULL,
        url text NOT NULL,
        secret_sealed text,
        registered_at timestamptz NOT NULL,
        -- The newest log position the inbox held when it was registered: what is at or below it was there before the webhook.
        inbox_position bigint NOT NULL,
        deleted_at timestamptz,
        CHECK ((deleted_at IS NULL) = (secret_sealed IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX webhooks_live_by_force ON webhooks (force, registered_at) WHERE deleted_at IS NULL`);
    await db.query(`
      CREATE TABLE webhook_deliveries (
        delivery_id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        alert_id uuid NOT NULL,
        webhook_id uuid NOT NULL REFERENCES webhooks (webhook_id),
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        last_status integer,
        last_error text,
        finished_at timestamptz,
        UNIQUE (alert_id, webhook_id)
      )`);
    // The worker's claim: what is due, soonest first.
    await db.query(`CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    // A webhook's deliveries, newest first; and how many of them wait or are dead, without reading the delivered.
    await db.query(`CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, seq DESC)`);
    await db.query(`CREATE INDEX webhook_deliveries_unfinished ON webhook_deliveries (webhook_id, status) WHERE status IN ('pending', 'dead')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhooks`);
  }
}
