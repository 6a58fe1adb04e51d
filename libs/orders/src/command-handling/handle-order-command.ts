import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type NewIds, type OrderCommandAsSent, withNewIds } from './new-ids.js';
import { OrderCommandHandling } from './order-command-handling.js';
import type { CommandOutcome, RequestContext } from './request-context.js';

/**
 * What crosses the command bus for an order command that needs nothing but deciding: the domain's
 * command as the edge parsed it (less the ids STOR gives), and the request it came with.
 * `commandId` is given only by STOR's own issuers (the clock, the policies), whose ids derive from
 * the cause; a user's derives from their Idempotency-Key, or is new.
 */
export class HandleOrderCommand {
  constructor(
    readonly command: OrderCommandAsSent,
    readonly request: RequestContext,
    readonly commandId?: string,
  ) {}
}

/** The one handler of such commands: ids given, then straight into the handling shell. */
@CommandHandler(HandleOrderCommand)
export class HandleOrderCommandHandler implements ICommandHandler<HandleOrderCommand, CommandOutcome & NewIds> {
  constructor(private readonly handling: OrderCommandHandling) {}

  async execute({ command: sent, request, commandId: given }: HandleOrderCommand): Promise<CommandOutcome & NewIds> {
    const commandId = given ?? this.handling.commandId(request);
    const { command, newIds } = withNewIds(sent, commandId);
    return { ...(await this.handling.handle(command, commandId, request)), ...newIds };
  }
}
