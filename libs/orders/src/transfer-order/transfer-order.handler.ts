import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { TransferOrderCommand } from './transfer-order.command.js';

@CommandHandler(TransferOrderCommand)
export class TransferOrderHandler implements ICommandHandler<TransferOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, details, request }: TransferOrderCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    return this.handling.handle({ type: 'TransferOrder', orderId, ...details }, commandId, request);
  }
}
