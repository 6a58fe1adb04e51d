import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
import { TransferOrderRequest } from './transfer-order.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class TransferOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/transfer')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Move management of the order to another force (R39)' })
  transfer(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: TransferOrderRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    const transfer = { type: 'TransferOrder' as const, orderId, toForce: body.toForce, transferredOn: body.transferredOn };
    return this.commands.execute(new HandleOrderCommand(transfer, context));
  }
}
