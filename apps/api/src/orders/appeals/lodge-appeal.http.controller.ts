import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, LodgeAppealCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { LodgeAppealRequest } from './appeal.request.dto.js';

@ApiTags('appeals')
@ApiBearerAuth()
@Controller('api/orders')
export class LodgeAppealController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/appeals')
  @HttpCode(201)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record an appeal; the order stays in force until it is decided (R30)' })
  lodge(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: LodgeAppealRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome & { appealId: string }> {
    const details = { court: body.court, lodgedOn: body.lodgedOn };
    return this.commands.execute(new LodgeAppealCommand(orderId, details, requestContextFrom(principal, headers, request.id)));
  }
}
