import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { determineAppealCommand } from './determine-appeal.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { AppealOutcomeRequest } from './appeal.request.dto.js';

@OrdersApi('appeals')
export class DetermineAppealController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/appeals/:appealId/outcome', 200, 'Record what the appeal court decided: dismissed, quashed or varied (R27-R29)')
  determine(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Param('appealId') appealId: string,
    @Body() body: AppealOutcomeRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(determineAppealCommand(orderId, appealId, body), context));
  }
}
