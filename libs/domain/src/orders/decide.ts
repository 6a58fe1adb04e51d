import { correctRecord } from './commands/correct-record.js';
import { determineAppeal } from './commands/determine-appeal.js';
import { dischargeOrder } from './commands/discharge-order.js';
import { endInterimOrder } from './commands/end-interim-order.js';
import { expireProhibitions } from './commands/expire-prohibitions.js';
import { lodgeAppeal } from './commands/lodge-appeal.js';
import { makeOrder } from './commands/make-order.js';
import { markNotificationOverdue } from './commands/mark-notification-overdue.js';
import { recordBreachOutcome } from './commands/record-breach-outcome.js';
import { recordBreach } from './commands/record-breach.js';
import { recordNotification } from './commands/record-notification.js';
import { recordPassportReturn } from './commands/record-passport-return.js';
import { recordPassportSurrender } from './commands/record-passport-surrender.js';
import { renewOrder } from './commands/renew-order.js';
import { supersedeOrder } from './commands/supersede-order.js';
import { transferOrder } from './commands/transfer-order.js';
import { varyOrder } from './commands/vary-order.js';
import { warnOfExpiry } from './commands/warn-of-expiry.js';
import type { DecisionContext } from './decision-context.js';
import type { OrderEvent } from './events.js';
import type { OrderCommand } from './order-command.js';
import type { OrderState } from './state.js';

/**
 * The facts a command makes true of the order, or a DomainError saying why it is refused.
 * Pure: the clock's date, the actor and the legal configuration arrive in `context`, ids in the command.
 */
export function decide(command: OrderCommand, state: OrderState, context: DecisionContext): OrderEvent[] {
  switch (command.type) {
    case 'MakeOrder':
      return makeOrder(command, state, context);
    case 'VaryOrder':
      return varyOrder(command, state, context);
    case 'DischargeOrder':
      return dischargeOrder(command, state, context);
    case 'RecordBreach':
      return recordBreach(command, state, context);
    case 'ExpireProhibitions':
      return expireProhibitions(command, state, context);
    case 'RenewOrder':
      return renewOrder(command, state, context);
    case 'LodgeAppeal':
      return lodgeAppeal(command, state, context);
    case 'DetermineAppeal':
      return determineAppeal(command, state, context);
    case 'SupersedeOrder':
      return supersedeOrder(command, state, context);
    case 'EndInterimOrder':
      return endInterimOrder(command, state, context);
    case 'TransferOrder':
      return transferOrder(command, state, context);
    case 'RecordNotification':
      return recordNotification(command, state, context);
    case 'MarkNotificationOverdue':
      return markNotificationOverdue(command, state, context);
    case 'WarnOfExpiry':
      return warnOfExpiry(command, state, context);
    case 'RecordPassportSurrender':
      return recordPassportSurrender(command, state, context);
    case 'RecordPassportReturn':
      return recordPassportReturn(command, state, context);
    case 'RecordBreachOutcome':
      return recordBreachOutcome(command, state, context);
    case 'CorrectRecord':
      return correctRecord(command, state, context);
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown order command ${JSON.stringify((unhandled as { type?: unknown }).type)}`);
    }
  }
}
