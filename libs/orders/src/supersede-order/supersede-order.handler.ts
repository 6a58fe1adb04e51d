import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { systemCommandId, systemRequest } from '../command-handling/system-request.js';
import { SupersedeOrderCommand } from './supersede-order.command.js';

@CommandHandler(SupersedeOrderCommand)
export class SupersedeOrderHandler implements ICommandHandler<SupersedeOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, supersededBy, supersededOn }: SupersedeOrderCommand): Promise<CommandOutcome> {
    const commandId = systemCommandId.supersede(orderId, supersededBy);
    return this.handling.handle({ type: 'SupersedeOrder', orderId, supersededBy, supersededOn }, commandId, systemRequest(commandId));
  }
}
