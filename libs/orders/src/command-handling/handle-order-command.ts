import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OrderCommand } from '#domain';
import { OrderCommandHandling } from './order-command-handling.js';
import type { CommandOutcome, RequestContext } from './request-context.js';

/**
 * What crosses the command bus for an order command that needs nothing but deciding: the domain's
 * command as the edge parsed it, and the request it came with. `commandId` is given only by STOR's
 * own issuers (the clock, the policies), whose ids derive from the cause; a user's derives from their
 * Idempotency-Key, or is new.
 */
export class HandleOrderCommand {
  constructor(
    readonly command: OrderCommand,
    readonly request: RequestContext,
    readonly commandId?: string,
  ) {}
}

/** The one handler of such commands: straight into the handling shell. */
@CommandHandler(HandleOrderCommand)
export class HandleOrderCommandHandler implements ICommandHandler<HandleOrderCommand, CommandOutcome> {
  constructor(private readonly handling: OrderCommandHandling) {}

  execute({ command, request, commandId }: HandleOrderCommand): Promise<CommandOutcome> {
    return this.handling.handle(command, commandId ?? this.handling.commandId(request), request);
  }
}
