import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { lodgeAppealCommand } from './lodge-appeal.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { LodgeAppealRequest } from './appeal.request.dto.js';

@OrdersApi('appeals')
export class LodgeAppealController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/appeals', 201, 'Record an appeal; the order stays in force until it is decided (R30)')
  lodge(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: LodgeAppealRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { appealId: string }> {
    return this.commands.execute(new HandleOrderCommand(lodgeAppealCommand(orderId, body), context));
  }
}
