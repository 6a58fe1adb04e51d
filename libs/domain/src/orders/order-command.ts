import type { CorrectRecord } from './commands/correct-record.js';
import type { DetermineAppeal } from './commands/determine-appeal.js';
import type { DischargeOrder } from './commands/discharge-order.js';
import type { EndInterimOrder } from './commands/end-interim-order.js';
import type { ExpireProhibitions } from './commands/expire-prohibitions.js';
import type { LodgeAppeal } from './commands/lodge-appeal.js';
import type { MakeOrder } from './commands/make-order.js';
import type { MarkNotificationOverdue } from './commands/mark-notification-overdue.js';
import type { RecordBreachOutcome } from './commands/record-breach-outcome.js';
import type { RecordBreach } from './commands/record-breach.js';
import type { RecordNotification } from './commands/record-notification.js';
import type { RecordPassportReturn } from './commands/record-passport-return.js';
import type { RecordPassportSurrender } from './commands/record-passport-surrender.js';
import type { RenewOrder } from './commands/renew-order.js';
import type { SupersedeOrder } from './commands/supersede-order.js';
import type { TransferOrder } from './commands/transfer-order.js';
import type { VaryOrder } from './commands/vary-order.js';
import type { WarnOfExpiry } from './commands/warn-of-expiry.js';

export type {
  CorrectRecord,
  DetermineAppeal,
  DischargeOrder,
  EndInterimOrder,
  ExpireProhibitions,
  LodgeAppeal,
  MakeOrder,
  MarkNotificationOverdue,
  RecordBreach,
  RecordBreachOutcome,
  RecordNotification,
  RecordPassportReturn,
  RecordPassportSurrender,
  RenewOrder,
  SupersedeOrder,
  TransferOrder,
  VaryOrder,
  WarnOfExpiry,
};

export type OrderCommand =
  | MakeOrder
  | VaryOrder
  | DischargeOrder
  | RecordBreach
  | ExpireProhibitions
  | RenewOrder
  | LodgeAppeal
  | DetermineAppeal
  | SupersedeOrder
  | EndInterimOrder
  | TransferOrder
  | RecordNotification
  | MarkNotificationOverdue
  | WarnOfExpiry
  | RecordPassportSurrender
  | RecordPassportReturn
  | RecordBreachOutcome
  | CorrectRecord;
