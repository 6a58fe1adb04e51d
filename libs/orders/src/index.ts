export { OrdersModule } from './orders.module.js';
export { type RequestContext, type CommandOutcome, VersionMismatch, IdempotencyKeyReused } from './command-handling/request-context.js';
export { MakeOrderCommand, type NewOrderDetails, type NewProhibition } from './make-order/make-order.command.js';
export { VaryOrderCommand } from './vary-order/vary-order.command.js';
export { DischargeOrderCommand } from './discharge-order/discharge-order.command.js';
export { RecordBreachCommand } from './record-breach/record-breach.command.js';
export { ExpireProhibitionsCommand } from './expire-prohibitions/expire-prohibitions.command.js';
