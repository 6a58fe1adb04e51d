import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, HandleOrderCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
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
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome> {
    const transfer = { type: 'TransferOrder' as const, orderId, toForce: body.toForce, transferredOn: body.transferredOn };
    return this.commands.execute(new HandleOrderCommand(transfer, requestContextFrom(principal, headers, request.id)));
  }
}
