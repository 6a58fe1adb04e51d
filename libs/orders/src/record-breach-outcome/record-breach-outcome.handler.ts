import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { RecordBreachOutcomeCommand } from './record-breach-outcome.command.js';

@CommandHandler(RecordBreachOutcomeCommand)
export class RecordBreachOutcomeHandler implements ICommandHandler<RecordBreachOutcomeCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, details, request }: RecordBreachOutcomeCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    return this.handling.handle({ type: 'RecordBreachOutcome', orderId, ...details }, commandId, request);
  }
}
