import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { systemCommandId, systemRequest } from '../command-handling/system-request.js';
import { EndInterimOrderCommand } from './end-interim-order.command.js';

@CommandHandler(EndInterimOrderCommand)
export class EndInterimOrderHandler implements ICommandHandler<EndInterimOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, determinedBy, endedOn }: EndInterimOrderCommand): Promise<CommandOutcome> {
    const commandId = systemCommandId.endInterim(orderId, determinedBy);
    return this.handling.handle({ type: 'EndInterimOrder', orderId, determinedBy, endedOn }, commandId, systemRequest(commandId));
  }
}
