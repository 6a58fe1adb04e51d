import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { forceByCode } from '#forces';
import { Clock, IdSource, STOR_CONFIG, type StorConfig } from '#platform';
import { policyOf } from '../webhook-policy.js';
import { reachableAddress, systemLookup } from '../webhook-host.js';
import { WEBHOOKS_LOCK } from '../webhook-lock.js';
import { WEBHOOK_COLUMNS, webhookOf } from '../webhook-rows.js';
import { WebhookSecrets } from '../webhook-secrets.js';
import { MAX_WEBHOOKS_PER_FORCE } from '../webhook.types.js';
import { RegisterWebhookCommand, type WebhookRegistration } from './register-webhook.command.js';

/**
 * Registers a webhook once its URL is checked and its host resolves only where STOR may send
 * alerts; at most ten live per force. While it holds the webhooks lock (webhook-lock.ts) it is
 * stamped with the app's clock and the newest log position in the inbox, so it receives exactly the
 * alerts raised from that instant on that the inbox did not already hold.
 */
@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<RegisterWebhookCommand, WebhookRegistration> {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdSource,
    private readonly secrets: WebhookSecrets,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
  ) {}

  async execute({ force, url, secret }: RegisterWebhookCommand): Promise<WebhookRegistration> {
    const reachable = await reachableAddress(url, policyOf(this.config), systemLookup);
    if ('refused' in reachable) return reachable;
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${WEBHOOKS_LOCK})`);
      const [{ live }]: { live: number }[] = await tx.query(`SELECT count(*)::int AS live FROM webhooks WHERE force = $1 AND deleted_at IS NULL`, [force]);
      if (live >= MAX_WEBHOOKS_PER_FORCE) {
        return { refused: `${forceByCode(force)?.name ?? force} already has ${MAX_WEBHOOKS_PER_FORCE} webhooks, the most a force may have: remove one first.` };
      }
      const webhookId = this.ids.newId();
      const rows: Record<string, unknown>[] = await tx.query(
        `INSERT INTO webhooks (webhook_id, force, url, secret_sealed, registered_at, inbox_position)
         SELECT $1, $2, $3, $4, $5, coalesce(max(position), 0) FROM alerts
         RETURNING ${WEBHOOK_COLUMNS}`,
        [webhookId, force, url, this.secrets.seal(secret, webhookId), this.clock.now().toISOString()],
      );
      return { registered: webhookOf(rows[0]) };
    });
  }
}
