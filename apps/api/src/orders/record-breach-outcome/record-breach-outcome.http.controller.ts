import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { recordBreachOutcomeCommand } from './record-breach-outcome.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { RecordBreachOutcomeRequest } from './record-breach-outcome.request.dto.js';

@OrdersApi('breaches')
export class RecordBreachOutcomeController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/breaches/:breachId/outcome', 200, 'Record what became of a breach (order manager of the force where it happened; R31-R33)')
  record(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Param('breachId') breachId: string,
    @Body() body: RecordBreachOutcomeRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(recordBreachOutcomeCommand(orderId, breachId, body), context));
  }
}
