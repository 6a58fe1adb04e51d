import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { dischargeOrderCommand } from './discharge-order.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { DischargeOrderRequest } from './discharge-order.request.dto.js';

@OrdersApi('orders')
export class DischargeOrderController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/discharge', 200, 'Record that a court discharged the order (R22/R23 consent bars apply)')
  discharge(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: DischargeOrderRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(dischargeOrderCommand(orderId, body), context));
  }
}
