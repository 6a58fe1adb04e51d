import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
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
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { breachId: string }> {
    const breach = {
      type: 'RecordBreach' as const,
      orderId,
      occurredOn: body.occurredOn,
      locationForce: body.locationForce,
      description: body.description,
      prohibitionIds: body.prohibitionIds ?? [],
      ...(body.requirements ? { requirements: [...body.requirements] } : {}),
    };
    return this.commands.execute(new HandleOrderCommand(breach, context));
  }
}
