import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { systemCommandId, systemRequest } from '../command-handling/system-request.js';
import { MarkNotificationOverdueCommand } from './mark-notification-overdue.command.js';

@CommandHandler(MarkNotificationOverdueCommand)
export class MarkNotificationOverdueHandler implements ICommandHandler<MarkNotificationOverdueCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, today }: MarkNotificationOverdueCommand): Promise<CommandOutcome> {
    const commandId = systemCommandId.notificationOverdue(orderId, today);
    return this.handling.handle({ type: 'MarkNotificationOverdue', orderId, today }, commandId, systemRequest(commandId));
  }
}
