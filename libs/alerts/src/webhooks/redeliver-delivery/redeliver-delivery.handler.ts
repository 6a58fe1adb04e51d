import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { rowsReturned } from '#platform';
import { DELIVERY_COLUMNS, deliveryOf } from '../webhook-rows.js';
import { RedeliverDeliveryCommand, type Redelivery } from './redeliver-delivery.command.js';

/**
 * A dead or delivered delivery goes back to pending, due now, its attempts counted from nought; the
 * same body and alert id, so a receiver that had it can tell. A pending one is already on its way
 * and is left as it is. A deleted webhook's deliveries are not found.
 */
@CommandHandler(RedeliverDeliveryCommand)
export class RedeliverDeliveryHandler implements ICommandHandler<RedeliverDeliveryCommand, Redelivery> {
  constructor(private readonly db: DataSource) {}

  async execute({ force, webhookId, deliveryId }: RedeliverDeliveryCommand): Promise<Redelivery> {
    const reset = rowsReturned<Record<string, unknown>>(
      await this.db.query(
        `UPDATE webhook_deliveries d
            SET status = 'pending', attempts = 0, next_attempt_at = now(), finished_at = NULL
           FROM webhooks w
          WHERE d.delivery_id = $1 AND d.webhook_id = $2 AND w.webhook_id = d.webhook_id AND w.force = $3 AND w.deleted_at IS NULL
            AND d.status IN ('dead', 'delivered')
          RETURNING ${DELIVERY_COLUMNS}`,
        [deliveryId, webhookId, force],
      ),
    );
    if (reset[0]) return { delivery: deliveryOf(reset[0]) };
    const [held]: Record<string, unknown>[] = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d JOIN webhooks w ON w.webhook_id = d.webhook_id
        WHERE d.delivery_id = $1 AND d.webhook_id = $2 AND w.force = $3 AND w.deleted_at IS NULL`,
      [deliveryId, webhookId, force],
    );
    return held ? { delivery: deliveryOf(held) } : { refused: 'not-found' };
  }
}
