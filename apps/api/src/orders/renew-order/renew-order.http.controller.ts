import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { renewOrderCommand } from './renew-order.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { RenewOrderRequest } from './renew-order.request.dto.js';

@OrdersApi('orders')
export class RenewOrderController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/renewals', 200, 'Record that a court renewed prohibitions (owning force; R21, R11)')
  renew(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: RenewOrderRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(renewOrderCommand(orderId, body), context));
  }
}
