import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { recordPassportReturnCommand } from './record-passport-return.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { PassportReturnRequest } from './passports.request.dto.js';

@OrdersApi('orders')
export class RecordPassportReturnController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/passports/returned', 200, 'Record passports returned once no all-countries ban is in force (R12)')
  returned(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: PassportReturnRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    return this.commands.execute(new HandleOrderCommand(recordPassportReturnCommand(orderId, body), context));
  }
}
