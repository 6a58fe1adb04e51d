import { Module } from '@nestjs/common';
import { AcknowledgeAlertHandler } from './acknowledge-alert/acknowledge-alert.handler.js';
import { AlertsRaisedSinceHandler } from './get-alerts/alerts-raised-since.handler.js';
import { GetAlertsHandler } from './get-alerts/get-alerts.handler.js';
import { AlertsInboxProjection } from './inbox/alerts-inbox.projection.js';
import { RaisedAlerts } from './raised-alerts/raised-alerts.js';
import { WebhookDeliveryTally } from './webhooks/deliver-alerts/delivery-tally.js';
import { WebhookDeliveryWorker } from './webhooks/deliver-alerts/webhook-delivery.worker.js';
import { WEBHOOK_PROVIDERS } from './webhooks/webhooks.providers.js';

@Module({
  providers: [AlertsInboxProjection, RaisedAlerts, GetAlertsHandler, AlertsRaisedSinceHandler, AcknowledgeAlertHandler, ...WEBHOOK_PROVIDERS],
  exports: [AlertsInboxProjection, RaisedAlerts, WebhookDeliveryWorker, WebhookDeliveryTally],
})
export class AlertsModule {}
