import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, HandleOrderCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { DischargeOrderRequest } from './discharge-order.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class DischargeOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/discharge')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiHeader({ name: 'If-Match', required: false, description: 'the order version you last read; a mismatch is 409' })
  @ApiOperation({ summary: 'Record that a court discharged the order (R22/R23 consent bars apply)' })
  discharge(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: DischargeOrderRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome> {
    const discharge = {
      type: 'DischargeOrder' as const,
      orderId,
      court: body.court,
      dischargedOn: body.dischargedOn,
      consent: { subject: body.consent.subject, chiefOfficer: body.consent.chiefOfficer },
    };
    return this.commands.execute(new HandleOrderCommand(discharge, requestContextFrom(principal, headers, request.id)));
  }
}
