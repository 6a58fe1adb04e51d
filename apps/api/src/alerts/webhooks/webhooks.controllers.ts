import { DeleteWebhookController } from './delete-webhook/delete-webhook.http.controller.js';
import { GetDeliveriesController } from './get-deliveries/get-deliveries.http.controller.js';
import { ListWebhooksController } from './list-webhooks/list-webhooks.http.controller.js';
import { RedeliverDeliveryController } from './redeliver-delivery/redeliver-delivery.http.controller.js';
import { RegisterWebhookController } from './register-webhook/register-webhook.http.controller.js';

/** A force's webhooks: register, list, delete; their deliveries: list, redeliver. */
export const WEBHOOK_CONTROLLERS = [RegisterWebhookController, ListWebhooksController, DeleteWebhookController, GetDeliveriesController, RedeliverDeliveryController];
