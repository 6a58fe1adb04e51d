import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { recordPassportSurrenderCommand } from './record-passport-surrender.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { PassportSurrenderRequest } from './passports.request.dto.js';

@OrdersApi('orders')
export class RecordPassportSurrenderController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/passports/surrendered', 200, 'Record passports surrendered under an all-countries travel ban (R12)')
  surrendered(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: PassportSurrenderRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(recordPassportSurrenderCommand(orderId, body), context));
  }
}
