import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, RecordBreachCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { RecordBreachRequest } from './record-breach.request.dto.js';

@ApiTags('breaches')
@ApiBearerAuth()
@Controller('api/orders')
export class RecordBreachController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/breaches')
  @HttpCode(201)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record a breach in your force area, against any order' })
  record(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: RecordBreachRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
  ): Promise<CommandOutcome & { breachId: string }> {
    const breach = {
      occurredOn: body.occurredOn,
      locationForce: body.locationForce,
      description: body.description,
      prohibitionIds: body.prohibitionIds ?? [],
      ...(body.requirements ? { requirements: [...body.requirements] } : {}),
    };
    return this.commands.execute(new RecordBreachCommand(orderId, breach, requestContextFrom(principal, headers, request.id)));
  }
}
