import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
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
    const passportReturn = {
      type: 'RecordPassportReturn' as const,
      orderId,
      returnedOn: body.returnedOn,
      passports: [...body.passports],
      ...(body.returnedTo ? { returnedTo: body.returnedTo } : {}),
    };
    return this.commands.execute(new HandleOrderCommand(passportReturn, context));
  }
}
