import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { recordNotificationCommand } from './record-notification.command.js';
import { CommandContext } from '../request-context.from-http.js';
import { RecordNotificationRequest } from './record-notification.request.dto.js';

@OrdersApi('notifications')
export class RecordNotificationController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/notifications', 201, "Record the subject's notification of names and home address, at any force (R16-R18)")
  record(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: RecordNotificationRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { notificationId: string }> {
    return this.commands.execute(new HandleOrderCommand(recordNotificationCommand(orderId, body), context));
  }
}
