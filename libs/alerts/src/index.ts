export type { AlertKind, AlertRecipient, AlertTrigger, RecipientWhy } from './alert.types.js';
export { RECIPIENT_WHYS } from './alert.types.js';
export { alertRecipients } from './alert-recipients.rule.js';
export { UnknownForceError } from './unknown-force.error.js';
export { AlertsModule } from './alerts.module.js';
export { AlertsInboxProjection } from './inbox/alerts-inbox.projection.js';
export { CreateAlertsInbox1763870000300 } from './inbox/alerts-inbox.migration.js';
export { AlertsKeyedByEvent1765000000100 } from './inbox/alerts-keyed-by-event.migration.js';
export { GetAlertsQuery, type Alert } from './get-alerts/get-alerts.query.js';
