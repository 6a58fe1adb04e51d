import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
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
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    const discharge = {
      type: 'DischargeOrder' as const,
      orderId,
      court: body.court,
      dischargedOn: body.dischargedOn,
      consent: { subject: body.consent.subject, chiefOfficer: body.consent.chiefOfficer },
    };
    return this.commands.execute(new HandleOrderCommand(discharge, context));
  }
}
