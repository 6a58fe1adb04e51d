import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { DischargeOrderCommand } from './discharge-order.command.js';

@CommandHandler(DischargeOrderCommand)
export class DischargeOrderHandler implements ICommandHandler<DischargeOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ orderId, discharge, request }: DischargeOrderCommand): Promise<CommandOutcome> {
    const commandId = this.handling.commandId(request);
    return this.handling.handle({ type: 'DischargeOrder', orderId, ...discharge }, commandId, request);
  }
}
