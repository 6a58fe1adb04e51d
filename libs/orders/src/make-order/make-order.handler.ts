import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { r26InterimOfMainApplication } from '#domain';
import { deterministicId } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { prohibitionTerms } from '../prohibition-ids.js';
import { MakeOrderCommand } from './make-order.command.js';

@CommandHandler(MakeOrderCommand)
export class MakeOrderHandler implements ICommandHandler<MakeOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  async execute({ order, request }: MakeOrderCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    const { subjectId, ...subject } = order.subject;
    const subjectOfOrder = subjectId ?? deterministicId(commandId, 'subject');
    if (order.legal.interimOrderId) {
      r26InterimOfMainApplication({ orderType: order.type, subjectId: subjectOfOrder, madeOn: order.madeOn }, await this.handling.stateOf(order.legal.interimOrderId));
    }
    return this.handling.handle(
      {
        type: 'MakeOrder',
        orderId: deterministicId(commandId, 'order'),
        orderType: order.type,
        owningForce: order.owningForce,
        court: order.court,
        madeOn: order.madeOn,
        servedOn: order.servedOn,
        subject: { ...subject, subjectId: subjectOfOrder },
        prohibitions: prohibitionTerms(commandId, order.prohibitions),
        ...order.legal,
      },
      commandId,
      request,
    );
  }
}
