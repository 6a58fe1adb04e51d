import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { RenewOrderCommand } from './renew-order.command.js';

@CommandHandler(RenewOrderCommand)
export class RenewOrderHandler implements ICommandHandler<RenewOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, details, request }: RenewOrderCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    return this.handling.handle({ type: 'RenewOrder', orderId, ...details }, commandId, request);
  }
}
