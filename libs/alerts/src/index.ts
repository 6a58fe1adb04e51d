export type { AlertKind, AlertRecipient, AlertTrigger, RecipientWhy } from './alert.types.js';
export { RECIPIENT_WHYS } from './alert.types.js';
export { alertRecipients } from './alert-recipients.rule.js';
export { UnknownForceError } from './unknown-force.error.js';
