import { dischargeOrder } from './commands/discharge-order.js';
import { expireProhibitions } from './commands/expire-prohibitions.js';
import { makeOrder } from './commands/make-order.js';
import { recordBreach } from './commands/record-breach.js';
import { varyOrder } from './commands/vary-order.js';
import type { DecisionContext } from './decision-context.js';
import type { OrderEvent } from './events.js';
import type { OrderCommand } from './order-command.js';
import type { OrderState } from './state.js';

/**
 * The facts a command makes true of the order, or a DomainError saying why it is refused.
 * Pure: the clock's date and the actor arrive in `context`, ids in the command.
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
    default: {
      const unhandled: never = command;
      throw new Error(`Unknown order command ${JSON.stringify((unhandled as { type?: unknown }).type)}`);
    }
  }
}
