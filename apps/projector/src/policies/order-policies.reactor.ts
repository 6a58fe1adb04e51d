import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DomainError, type LegalConfig, ORDER_STREAM_PREFIX, type OrderType, supersedes, upcast } from '#domain';
import { EventStore, type Reactor, type RecordedEvent } from '#event-store';
import { issuedBySystem, type SystemCommand, systemCommands } from '#orders';
import { LEGAL_CONFIG } from '#platform';
import { ActiveOrdersOfSubjectQuery, type ActiveOrdersOfSubjects } from '#register';

/**
 * What the law makes happen to other orders when an order is made, sent as commands so the decider
 * of each affected order judges them:
 * - R26: the full order that determines the main application ends the interim order it names;
 * - R13: a new order of the same kind against the same subject supersedes the earlier one.
 * Command ids derive from the two orders, so seeing an event twice changes nothing.
 */
@Injectable()
export class OrderPolicies implements Reactor {
  readonly name = 'order-policies';
  private readonly logger = new Logger('order-policies');

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly store: EventStore,
    @Inject(LEGAL_CONFIG) private readonly legal: LegalConfig,
  ) {}

  react(recorded: RecordedEvent): Promise<void> {
    return this.reactToBatch([recorded]);
  }

  /** The subjects' orders in force are read once for a batch; each new order is then judged in log order. */
  async reactToBatch(batch: readonly RecordedEvent[]): Promise<void> {
    const made = batch
      .filter((recorded) => recorded.streamId.startsWith(ORDER_STREAM_PREFIX) && recorded.type === 'OrderMade')
      .map((recorded) => ({ position: recorded.position, event: upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion) }))
      .flatMap(({ position, event }) => (event.type === 'OrderMade' ? [{ position, order: event.data }] : []));
    if (made.length === 0) return;
    const { orders: inForce, registerCheckpoint } = await this.queries.execute<ActiveOrdersOfSubjectQuery, ActiveOrdersOfSubjects>(
      new ActiveOrdersOfSubjectQuery([...new Set(made.map(({ order }) => order.subject.subjectId))]),
    );
    // A register that has applied these orders and no longer holds an interim order in force has
    // nothing left to end: the decider would only refuse (a national seed sent 17,743 such commands).
    const lastNaming = made.filter(({ order }) => order.interimOrderId).at(-1);
    const registerCovers = lastNaming !== undefined && (await this.store.isCovered(lastNaming.position, registerCheckpoint));
    const alreadyEnded = (interimOrderId: string) => registerCovers && !inForce.some((earlier) => earlier.orderId === interimOrderId);
    for (const { order } of made) {
      if (order.interimOrderId && !alreadyEnded(order.interimOrderId)) {
        await this.refusalsAreDecisions(systemCommands.endInterimOrder(order.interimOrderId, order.orderId, order.madeOn));
      }
      for (const earlier of inForce) {
        if (earlier.subjectId !== order.subject.subjectId) continue;
        if (earlier.orderId === order.orderId || earlier.orderId === order.interimOrderId || earlier.madeOn > order.madeOn) continue;
        if (!supersedes(order.orderType, earlier.type as OrderType, this.legal)) continue;
        await this.refusalsAreDecisions(systemCommands.supersedeOrder(earlier.orderId, order.orderId, order.madeOn));
      }
    }
  }

  /** A refusal (the earlier order had already ended) is the decider's answer, not a failure to retry. */
  private async refusalsAreDecisions(issued: SystemCommand): Promise<void> {
    try {
      await this.commands.execute(issuedBySystem(issued));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn(`${issued.command.type} on order ${issued.command.orderId} refused: ${error.constructor.name}`);
    }
  }
}
