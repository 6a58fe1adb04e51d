export type { AlertKind, AlertRecipient, AlertTrigger, RecipientWhy } from './alert.types.js';
export { ALERT_KINDS, RECIPIENT_WHYS } from './alert.types.js';
export { alertRecipients } from './alert-recipients.rule.js';
export { UnknownForceError } from './unknown-force.error.js';
export { AlertsModule } from './alerts.module.js';
export { AlertsInboxProjection } from './inbox/alerts-inbox.projection.js';
export { CreateAlertsInbox1763870000300 } from './inbox/alerts-inbox.migration.js';
export { AlertsKeyedByEvent1765000000100 } from './inbox/alerts-keyed-by-event.migration.js';
export { AlertsSayWhatRaisedThem1765200000100 } from './inbox/alerts-say-what-raised-them.migration.js';
export { GetAlertsQuery, ANY_ALERT, type Alert, type AlertFilter, type AlertPage, type InboxAlert, type Acknowledger } from './get-alerts/get-alerts.query.js';
export { isPageCursor } from './get-alerts/alert-pages.js';
export { alertMatches } from './get-alerts/alert-filter.js';
export { AlertsRaisedSinceQuery } from './get-alerts/alerts-raised-since.query.js';
export { AcknowledgeAlertCommand } from './acknowledge-alert/acknowledge-alert.command.js';
export { AlertAcknowledgements1765100000100 } from './acknowledge-alert/alert-acknowledgements.migration.js';
export { RaisedAlerts } from './raised-alerts/raised-alerts.js';
export { type ForcesWithNewAlerts, includesForce } from './raised-alerts/raised-alerts.channel.js';
export { CreateWebhooks1765200000300 } from './webhooks/webhooks.migration.js';
export { RegisterWebhookCommand, type WebhookRegistration } from './webhooks/register-webhook/register-webhook.command.js';
export { ListWebhooksQuery } from './webhooks/list-webhooks/list-webhooks.query.js';
export { DeleteWebhookCommand } from './webhooks/delete-webhook/delete-webhook.command.js';
export { GetDeliveriesQuery, isDeliveryCursor } from './webhooks/get-deliveries/get-deliveries.query.js';
export { RedeliverDeliveryCommand, type Redelivery } from './webhooks/redeliver-delivery/redeliver-delivery.command.js';
export { DeliveryFiguresQuery } from './webhooks/delivery-figures/delivery-figures.query.js';
export { WebhookDeliveryWorker } from './webhooks/deliver-alerts/webhook-delivery.worker.js';
export { WebhookDeliveryTally } from './webhooks/deliver-alerts/delivery-tally.js';
export {
  DELIVERY_STATUSES,
  MAX_WEBHOOKS_PER_FORCE,
  WEBHOOK_SECRET_MAX_LENGTH,
  WEBHOOK_SECRET_MIN_LENGTH,
  type DeliveryPage,
  type DeliveryStatus,
  type ListedWebhook,
  type Webhook,
  type WebhookDelivery,
} from './webhooks/webhook.types.js';
export { WEBHOOK_URL_MAX_LENGTH } from './webhooks/webhook-address.js';
