import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { RecordPassportSurrenderCommand } from './record-passport-surrender.command.js';

@CommandHandler(RecordPassportSurrenderCommand)
export class RecordPassportSurrenderHandler implements ICommandHandler<RecordPassportSurrenderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, details, request }: RecordPassportSurrenderCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    return this.handling.handle({ type: 'RecordPassportSurrender', orderId, ...details }, commandId, request);
  }
}
