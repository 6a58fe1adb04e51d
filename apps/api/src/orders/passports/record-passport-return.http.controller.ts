import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, HandleOrderCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { PassportReturnRequest } from './passports.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class RecordPassportReturnController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/passports/returned')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record passports returned once no all-countries ban is in force (R12)' })
  returned(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: PassportReturnRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome> {
    const passportReturn = {
      type: 'RecordPassportReturn' as const,
      orderId,
      returnedOn: body.returnedOn,
      passports: [...body.passports],
      ...(body.returnedTo ? { returnedTo: body.returnedTo } : {}),
    };
    return this.commands.execute(new HandleOrderCommand(passportReturn, requestContextFrom(principal, headers, request.id)));
  }
}
