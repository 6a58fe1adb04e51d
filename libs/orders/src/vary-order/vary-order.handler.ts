import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { prohibitionTerms } from '../prohibition-ids.js';
import { VaryOrderCommand } from './vary-order.command.js';

@CommandHandler(VaryOrderCommand)
export class VaryOrderHandler implements ICommandHandler<VaryOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, variation, request }: VaryOrderCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    return this.handling.handle(
      {
        type: 'VaryOrder',
        orderId,
        court: variation.court,
        variedOn: variation.variedOn,
        addProhibitions: prohibitionTerms(commandId, variation.addProhibitions),
        removeProhibitionIds: variation.removeProhibitionIds,
        ...(variation.passportSurrender ? { passportSurrender: variation.passportSurrender } : {}),
      },
      commandId,
      request,
    );
  }
}
