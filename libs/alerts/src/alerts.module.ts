import { Module } from '@nestjs/common';
import { AcknowledgeAlertHandler } from './acknowledge-alert/acknowledge-alert.handler.js';
import { AlertsRaisedSinceHandler } from './get-alerts/alerts-raised-since.handler.js';
import { GetAlertsHandler } from './get-alerts/get-alerts.handler.js';
import { AlertsInboxProjection } from './inbox/alerts-inbox.projection.js';
import { RaisedAlerts } from './raised-alerts/raised-alerts.js';

@Module({
  providers: [AlertsInboxProjection, RaisedAlerts, GetAlertsHandler, AlertsRaisedSinceHandler, AcknowledgeAlertHandler],
  exports: [AlertsInboxProjection, RaisedAlerts],
})
export class AlertsModule {}
