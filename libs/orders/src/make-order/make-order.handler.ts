import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deterministicId } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { prohibitionTerms } from '../prohibition-ids.js';
import { MakeOrderCommand } from './make-order.command.js';

@CommandHandler(MakeOrderCommand)
export class MakeOrderHandler implements ICommandHandler<MakeOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ order, request }: MakeOrderCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    const { subjectId, ...subject } = order.subject;
    return this.handling.handle(
      {
        type: 'MakeOrder',
        orderId: deterministicId(commandId, 'order'),
        orderType: order.type,
        owningForce: order.owningForce,
        court: order.court,
        madeOn: order.madeOn,
        servedOn: order.servedOn,
        subject: { ...subject, subjectId: subjectId ?? deterministicId(commandId, 'subject') },
        prohibitions: prohibitionTerms(commandId, order.prohibitions),
        ...order.legal,
      },
      commandId,
      request,
    );
  }
}
