import { Module } from '@nestjs/common';
import { OrderCommandHandling } from './command-handling/order-command-handling.js';
import { DischargeOrderHandler } from './discharge-order/discharge-order.handler.js';
import { ExpireProhibitionsHandler } from './expire-prohibitions/expire-prohibitions.handler.js';
import { MakeOrderHandler } from './make-order/make-order.handler.js';
import { RecordBreachHandler } from './record-breach/record-breach.handler.js';
import { VaryOrderHandler } from './vary-order/vary-order.handler.js';

/** The write side of orders: one handler per use case, all through one handling shell. */
@Module({
  providers: [OrderCommandHandling, MakeOrderHandler, VaryOrderHandler, DischargeOrderHandler, RecordBreachHandler, ExpireProhibitionsHandler],
})
export class OrdersModule {}
