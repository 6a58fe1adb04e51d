import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { systemCommandId, systemRequest } from '../command-handling/system-request.js';
import { ExpireProhibitionsCommand } from './expire-prohibitions.command.js';

@CommandHandler(ExpireProhibitionsCommand)
export class ExpireProhibitionsHandler implements ICommandHandler<ExpireProhibitionsCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, today }: ExpireProhibitionsCommand): Promise<CommandOutcome> {
    // One command per order per day: two clocks ticking at once derive the same ids and append once.
    const commandId = systemCommandId.expire(orderId, today);
    return this.handling.handle({ type: 'ExpireProhibitions', orderId, today }, commandId, systemRequest(commandId));
  }
}
