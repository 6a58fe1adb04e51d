import { DeleteWebhookHandler } from './delete-webhook/delete-webhook.handler.js';
import { WebhookDeliveryTally } from './deliver-alerts/delivery-tally.js';
import { WebhookDeliveryWorker } from './deliver-alerts/webhook-delivery.worker.js';
import { DeliveryFiguresHandler } from './delivery-figures/delivery-figures.handler.js';
import { GetDeliveriesHandler } from './get-deliveries/get-deliveries.handler.js';
import { ListWebhooksHandler } from './list-webhooks/list-webhooks.handler.js';
import { RedeliverDeliveryHandler } from './redeliver-delivery/redeliver-delivery.handler.js';
import { RegisterWebhookHandler } from './register-webhook/register-webhook.handler.js';
import { WebhookSecrets } from './webhook-secrets.js';

/** Webhooks, a table of contents: one handler per use case, the secrets' seal, and the delivery worker. */
export const WEBHOOK_PROVIDERS = [
  WebhookSecrets,
  RegisterWebhookHandler,
  ListWebhooksHandler,
  DeleteWebhookHandler,
  GetDeliveriesHandler,
  RedeliverDeliveryHandler,
  DeliveryFiguresHandler,
  WebhookDeliveryTally,
  WebhookDeliveryWorker,
];
