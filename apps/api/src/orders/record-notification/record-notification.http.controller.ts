import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
import { RecordNotificationRequest } from './record-notification.request.dto.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/orders')
export class RecordNotificationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/notifications')
  @HttpCode(201)
  @Allow('order-manager')
  @ApiOperation({ summary: "Record the subject's notification of names and home address, at any force (R16-R18)" })
  record(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: RecordNotificationRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { notificationId: string }> {
    const notification = {
      type: 'RecordNotification' as const,
      orderId,
      notifiedOn: body.notifiedOn,
      ...(body.changedOn ? { changedOn: body.changedOn } : {}),
      names: [...body.names],
      address: { line1: body.address.line1, postcode: body.address.postcode.toUpperCase(), force: body.address.force },
    };
    return this.commands.execute(new HandleOrderCommand(notification, context));
  }
}
