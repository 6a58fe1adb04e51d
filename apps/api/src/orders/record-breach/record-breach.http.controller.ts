import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { recordBreachCommand } from './record-breach.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { RecordBreachRequest } from './record-breach.request.dto.js';

@OrdersApi('breaches')
export class RecordBreachController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/breaches', 201, 'Record a breach in your force area, against any order')
  record(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: RecordBreachRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { breachId: string }> {
    return this.commands.execute(new HandleOrderCommand(recordBreachCommand(orderId, body), context));
  }
}
