import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { correctRecordCommand } from './correct-record.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { CorrectRecordRequest } from './correct-record.request.dto.js';

@OrdersApi('orders')
export class CorrectRecordController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/corrections', 201, "Correct a data-entry mistake (court name, day of service, a prohibition's wording); recorded as a new event, never an edit. A subject's particulars are corrected on the subject.")
  correct(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: CorrectRecordRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { correctionId: string }> {
    return this.commands.execute(new HandleOrderCommand(correctRecordCommand(orderId, body), context));
  }
}
