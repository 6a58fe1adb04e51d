import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Clock, rowsAffected } from '#platform';
import { WEBHOOKS_LOCK } from '../webhook-lock.js';
import { DeleteWebhookCommand } from './delete-webhook.command.js';

/**
 * Deletes a live webhook of the force: its secret is erased, its pending deliveries cancelled, and
 * (holding the webhooks lock) the inbox writes no delivery to it after. The row stays, so its
 * deliveries keep saying where they were for. False when the force has no such live webhook.
 */
@CommandHandler(DeleteWebhookCommand)
export class DeleteWebhookHandler implements ICommandHandler<DeleteWebhookCommand, boolean> {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  execute({ force, webhookId }: DeleteWebhookCommand): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${WEBHOOKS_LOCK})`);
      const deleted = await tx.query(
        `UPDATE webhooks SET deleted_at = $3, secret_sealed = NULL WHERE webhook_id = $1 AND force = $2 AND deleted_at IS NULL RETURNING webhook_id`,
        [webhookId, force, this.clock.now().toISOString()],
      );
      if (rowsAffected(deleted) === 0) return false;
      await tx.query(`UPDATE webhook_deliveries SET status = 'cancelled', finished_at = now() WHERE webhook_id = $1 AND status = 'pending'`, [webhookId]);
      return true;
    });
  }
}
