import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, HandleOrderCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { PassportSurrenderRequest } from './passports.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class RecordPassportSurrenderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/passports/surrendered')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record passports surrendered under an all-countries travel ban (R12)' })
  surrendered(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: PassportSurrenderRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome> {
    const surrender = { type: 'RecordPassportSurrender' as const, orderId, surrenderedOn: body.surrenderedOn, passports: [...body.passports] };
    return this.commands.execute(new HandleOrderCommand(surrender, requestContextFrom(principal, headers, request.id)));
  }
}
