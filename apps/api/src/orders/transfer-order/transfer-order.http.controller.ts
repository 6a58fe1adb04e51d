import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { transferOrderCommand } from './transfer-order.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { TransferOrderRequest } from './transfer-order.request.dto.js';

@OrdersApi('orders')
export class TransferOrderController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/transfer', 200, 'Move management of the order to another force (R39)')
  transfer(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: TransferOrderRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(transferOrderCommand(orderId, body), context));
  }
}
