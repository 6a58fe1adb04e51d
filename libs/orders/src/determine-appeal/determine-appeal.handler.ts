import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { prohibitionTerms } from '../prohibition-ids.js';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { DetermineAppealCommand } from './determine-appeal.command.js';

@CommandHandler(DetermineAppealCommand)
export class DetermineAppealHandler implements ICommandHandler<DetermineAppealCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, details, request }: DetermineAppealCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    const { variation, ...decision } = details;
    const changes = variation
      ? {
          addProhibitions: prohibitionTerms(commandId, variation.addProhibitions),
          removeProhibitionIds: variation.removeProhibitionIds,
          ...(variation.passportSurrender ? { passportSurrender: variation.passportSurrender } : {}),
        }
      : undefined;
    return this.handling.handle({ type: 'DetermineAppeal', orderId, ...decision, ...(changes ? { variation: changes } : {}) }, commandId, request);
  }
}
