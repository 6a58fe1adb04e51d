import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { RecordBreachCommand } from './record-breach.command.js';

@CommandHandler(RecordBreachCommand)
export class RecordBreachHandler implements ICommandHandler<RecordBreachCommand, CommandOutcome & { breachId: string }> {
  constructor(private readonly handling: OrderCommandHandling) {}

  async execute({ orderId, breach, request }: RecordBreachCommand): Promise<CommandOutcome & { breachId: string }> {
    const commandId = this.handling.commandId(request);
    const breachId = deterministicId(commandId, 'breach');
    const outcome = await this.handling.handle({ type: 'RecordBreach', orderId, breachId, ...breach }, commandId, request);
    return { ...outcome, breachId };
  }
}
