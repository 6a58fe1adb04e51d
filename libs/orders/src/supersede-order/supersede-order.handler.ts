import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { systemRequest } from '../command-handling/system-request.js';
import { SupersedeOrderCommand } from './supersede-order.command.js';

@CommandHandler(SupersedeOrderCommand)
export class SupersedeOrderHandler implements ICommandHandler<SupersedeOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, supersededBy, supersededOn }: SupersedeOrderCommand): Promise<CommandOutcome> {
    const commandId = deterministicId('supersede', orderId, supersededBy);
    return this.handling.handle({ type: 'SupersedeOrder', orderId, supersededBy, supersededOn }, commandId, systemRequest(commandId));
  }
}
