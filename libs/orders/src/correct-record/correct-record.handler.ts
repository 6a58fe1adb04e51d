import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { CorrectRecordCommand } from './correct-record.command.js';

@CommandHandler(CorrectRecordCommand)
export class CorrectRecordHandler implements ICommandHandler<CorrectRecordCommand, CommandOutcome & { correctionId: string }> {
  constructor(private readonly handling: OrderCommandHandling) {}

  async execute({ orderId, details, request }: CorrectRecordCommand): Promise<CommandOutcome & { correctionId: string }> {
    const commandId = this.handling.commandId(request);
    const correctionId = deterministicId(commandId, 'correctionId');
    const outcome = await this.handling.handle({ type: 'CorrectRecord', orderId, correctionId, ...details }, commandId, request);
    return { ...outcome, correctionId };
  }
}
