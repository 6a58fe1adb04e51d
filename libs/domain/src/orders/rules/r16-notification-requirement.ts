import type { IsoDate } from '../../dates/iso-date.js';
import { RuleViolation } from '../../errors/domain-error.js';
import { NO_NOTIFICATION_REQUIRED, type NotificationRequest, type NotificationTerms } from '../order-particulars.js';

/**
 * R15-R16 (s19, s26): when the court requires the subject to notify names and home address, the
 * order names the person to notify, and the 3-day period runs from the day the order is served —
 * so the register needs both to know the deadline.
 */
export function r16NotificationRequirement(notification: NotificationRequest | undefined, servedOn: IsoDate | null): NotificationTerms {
  if (notification === undefined || notification === null) return { ...NO_NOTIFICATION_REQUIRED };
  if (notification.required !== true) return { ...NO_NOTIFICATION_REQUIRED };
  if (!notification.notifyTo?.trim()) {
    throw new RuleViolation('R16', 'The order requires the subject to notify names and address: record the person specified in the order to notify (s19(3), s26(3)).', 'notification.notifyTo');
  }
  if (servedOn === null) {
    throw new RuleViolation('R16', 'The subject must notify within 3 days beginning with the day the order is served (s19(3)): record the day it was served.', 'servedOn');
  }
  return { required: true, notifyTo: notification.notifyTo };
}
