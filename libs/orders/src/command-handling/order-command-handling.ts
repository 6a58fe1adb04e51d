import { Inject, Injectable } from '@nestjs/common';
import { decide, EVENT_SCHEMA_VERSIONS, type LegalConfig, type OrderCommand, type OrderState, orderStreamId, replayStored, type OrderId } from '#domain';
import { DuplicateEvent, EventStore, type RecordedEvent, WrongExpectedVersion } from '#event-store';
import { Clock, IdSource, LEGAL_CONFIG } from '#platform';
import { eventsToAppend, fingerprintOf, ownEventsIn } from './events-to-append.js';
import { commandIdOf } from './new-ids.js';
import { type CommandOutcome, IdempotencyKeyReused, type RequestContext, VersionMismatch } from './request-context.js';

/** A concurrent writer got in first; without If-Match the command is decided again on fresh state. */
const MOST_ATTEMPTS = 5;

/**
 * The one command-handling shell: read the order's stream, fold it, decide, append with the
 * version that was read. Every order use case goes through here.
 */
@Injectable()
export class OrderCommandHandling {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdSource,
    @Inject(LEGAL_CONFIG) private readonly legal: LegalConfig,
  ) {}

  /** A command id fixed by the Idempotency-Key when there is one, so a replay derives the same ids. */
  commandId(request: RequestContext): string {
    return request.idempotencyKey ? commandIdOf(request.actor.userId, request.idempotencyKey) : this.ids.newId();
  }

  /** Another order's state, for a rule that looks across orders (R26) before this one is decided. */
  async stateOf(orderId: OrderId): Promise<OrderState> {
    return replayStored(await this.store.readStream(orderStreamId(orderId)));
  }

  async handle(command: OrderCommand, commandId: string, request: RequestContext): Promise<CommandOutcome> {
    const streamId = orderStreamId(command.orderId);
    const fingerprint = fingerprintOf(command);
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const replayed = outcomeOf(history, commandId, fingerprint, command.orderId);
      if (replayed) return replayed;
      const version = history.at(-1)?.streamVersion ?? 0;
      if (request.ifMatch !== undefined && request.ifMatch !== version) {
        throw new VersionMismatch('order', request.ifMatch, version);
      }
      const state = replayStored(history);
      const now = this.clock.now();
      const decided = decide(command, state, { actor: request.actor, today: this.clock.today(), legal: this.legal });
      if (decided.length === 0) {
        return { orderId: command.orderId, version, position: history.at(-1)?.position ?? 0 };
      }
      const events = eventsToAppend(decided, EVENT_SCHEMA_VERSIONS, commandId, fingerprint, request, now);
      try {
        const appended = await this.store.append(streamId, events, version);
        return { orderId: command.orderId, version: appended.version, position: appended.position };
      } catch (error) {
        // Event ids derive from the command id: the same ids elsewhere in the log mean a reused key.
        if (error instanceof DuplicateEvent) throw new IdempotencyKeyReused();
        const retry = error instanceof WrongExpectedVersion && request.ifMatch === undefined && attempt < MOST_ATTEMPTS;
        if (!retry) throw error instanceof WrongExpectedVersion ? new VersionMismatch('order', version, error.actual) : error;
      }
    }
  }
}

/** The outcome a command already had, when this is a replay of it; a different command under its id is refused. */
function outcomeOf(history: RecordedEvent[], commandId: string, fingerprint: string, orderId: string): CommandOutcome | null {
  const last = ownEventsIn(history, commandId, fingerprint);
  return last ? { orderId, version: last.streamVersion, position: last.position } : null;
}
