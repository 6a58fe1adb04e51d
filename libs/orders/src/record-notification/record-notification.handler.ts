import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { RecordNotificationCommand } from './record-notification.command.js';

@CommandHandler(RecordNotificationCommand)
export class RecordNotificationHandler implements ICommandHandler<RecordNotificationCommand, CommandOutcome & { notificationId: string }> {
  constructor(private readonly handling: OrderCommandHandling) {}

  async execute({ orderId, details, request }: RecordNotificationCommand): Promise<CommandOutcome & { notificationId: string }> {
    const commandId = this.handling.commandId(request);
    const notificationId = deterministicId(commandId, 'notificationId');
    const outcome = await this.handling.handle({ type: 'RecordNotification', orderId, notificationId, ...details }, commandId, request);
    return { ...outcome, notificationId };
  }
}
