import type { WebhookDelivery } from '../webhook.types.js';

/** Send a delivery again from its first attempt: one that was dead-lettered, or one a receiver lost after taking it. */
export class RedeliverDeliveryCommand {
  constructor(
    readonly force: string,
    readonly webhookId: string,
    readonly deliveryId: string,
  ) {}
}

/** The delivery as it stands after the request, or why it cannot be sent again. */
export type Redelivery = { delivery: WebhookDelivery } | { refused: 'not-found' };
