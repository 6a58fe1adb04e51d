import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, VaryOrderCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { toNewProhibition } from '../prohibition.request.dto.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { VaryOrderRequest } from './vary-order.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class VaryOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/variations')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiHeader({ name: 'If-Match', required: false, description: 'the order version you last read; a mismatch is 409' })
  @ApiOperation({ summary: 'Record a variation: prohibitions added or removed by the court' })
  vary(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: VaryOrderRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome> {
    const variation = {
      court: body.court,
      variedOn: body.variedOn,
      addProhibitions: (body.addProhibitions ?? []).map(toNewProhibition),
      removeProhibitionIds: body.removeProhibitionIds ?? [],
      ...(body.passportSurrender ? { passportSurrender: { policeStation: body.passportSurrender.policeStation, dueOn: body.passportSurrender.dueOn } } : {}),
    };
    return this.commands.execute(new VaryOrderCommand(orderId, variation, requestContextFrom(principal, headers, request.id)));
  }
}
