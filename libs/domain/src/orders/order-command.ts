import type { DischargeOrder } from './commands/discharge-order.js';
import type { ExpireProhibitions } from './commands/expire-prohibitions.js';
import type { MakeOrder } from './commands/make-order.js';
import type { RecordBreach } from './commands/record-breach.js';
import type { VaryOrder } from './commands/vary-order.js';

export type { DischargeOrder, ExpireProhibitions, MakeOrder, RecordBreach, VaryOrder };

export type OrderCommand = MakeOrder | VaryOrder | DischargeOrder | RecordBreach | ExpireProhibitions;
export type OrderCommandType = OrderCommand['type'];
