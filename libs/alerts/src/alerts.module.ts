import { Module } from '@nestjs/common';
import { GetAlertsHandler } from './get-alerts/get-alerts.handler.js';
import { AlertsInboxProjection } from './inbox/alerts-inbox.projection.js';

@Module({
  providers: [AlertsInboxProjection, GetAlertsHandler],
  exports: [AlertsInboxProjection],
})
export class AlertsModule {}
