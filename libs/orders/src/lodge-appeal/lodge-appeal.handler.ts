import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { LodgeAppealCommand } from './lodge-appeal.command.js';

@CommandHandler(LodgeAppealCommand)
export class LodgeAppealHandler implements ICommandHandler<LodgeAppealCommand, CommandOutcome & { appealId: string }> {
  constructor(private readonly handling: OrderCommandHandling) {}

  async execute({ orderId, details, request }: LodgeAppealCommand): Promise<CommandOutcome & { appealId: string }> {
    const commandId = this.handling.commandId(request);
    const appealId = deterministicId(commandId, 'appealId');
    const outcome = await this.handling.handle({ type: 'LodgeAppeal', orderId, appealId, ...details }, commandId, request);
    return { ...outcome, appealId };
  }
}
