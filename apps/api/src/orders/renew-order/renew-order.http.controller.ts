import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, HandleOrderCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { RenewOrderRequest } from './renew-order.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class RenewOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/renewals')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record that a court renewed prohibitions (owning force; R21, R11)' })
  renew(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: RenewOrderRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome> {
    const renewal = {
      type: 'RenewOrder' as const,
      orderId,
      court: body.court,
      renewedOn: body.renewedOn,
      prohibitions: body.prohibitions.map(({ prohibitionId, until }) => ({ prohibitionId, until })),
    };
    return this.commands.execute(new HandleOrderCommand(renewal, requestContextFrom(principal, headers, request.id)));
  }
}
