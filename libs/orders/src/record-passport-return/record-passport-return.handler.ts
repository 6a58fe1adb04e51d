import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { RecordPassportReturnCommand } from './record-passport-return.command.js';

@CommandHandler(RecordPassportReturnCommand)
export class RecordPassportReturnHandler implements ICommandHandler<RecordPassportReturnCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, details, request }: RecordPassportReturnCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    return this.handling.handle({ type: 'RecordPassportReturn', orderId, ...details }, commandId, request);
  }
}
