import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, HandleOrderCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { RecordBreachOutcomeRequest } from './record-breach-outcome.request.dto.js';

@ApiTags('breaches')
@ApiBearerAuth()
@Controller('api/orders')
export class RecordBreachOutcomeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/breaches/:breachId/outcome')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record what became of a breach (order manager of the force where it happened; R31-R33)' })
  record(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Param('breachId') breachId: string,
    @Body() body: RecordBreachOutcomeRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome> {
    const outcome = {
      type: 'RecordBreachOutcome' as const,
      orderId,
      breachId,
      outcome: body.outcome,
      decidedOn: body.decidedOn,
      ...(body.sentence ? { sentence: { kind: body.sentence.kind, months: body.sentence.months, court: body.sentence.court } } : {}),
    };
    return this.commands.execute(new HandleOrderCommand(outcome, requestContextFrom(principal, headers, request.id)));
  }
}
