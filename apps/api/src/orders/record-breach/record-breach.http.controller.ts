import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
import { RecordBreachRequest } from './record-breach.request.dto.js';

@OrdersApi('breaches')
export class RecordBreachController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/breaches', 201, 'Record a breach in your force area, against any order')
  record(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
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
