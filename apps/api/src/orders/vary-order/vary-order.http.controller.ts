import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { varyOrderCommand } from './vary-order.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { VaryOrderRequest } from './vary-order.request.dto.js';

@OrdersApi('orders')
export class VaryOrderController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/variations', 200, 'Record a variation: prohibitions added or removed by the court')
  vary(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: VaryOrderRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(varyOrderCommand(orderId, body), context));
  }
}
