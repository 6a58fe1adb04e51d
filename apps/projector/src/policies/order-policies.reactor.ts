import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DomainError, type LegalConfig, ORDER_STREAM_PREFIX, type OrderType, supersedes, upcast } from '#domain';
import type { Reactor, RecordedEvent } from '#event-store';
import { EndInterimOrderCommand, SupersedeOrderCommand } from '#orders';
import { LEGAL_CONFIG } from '#platform';
import { type ActiveOrderOfSubject, ActiveOrdersOfSubjectQuery } from '#register';

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
    @Inject(LEGAL_CONFIG) private readonly legal: LegalConfig,
  ) {}

  async react(recorded: RecordedEvent): Promise<void> {
    if (!recorded.streamId.startsWith(ORDER_STREAM_PREFIX) || recorded.type !== 'OrderMade') return;
    const event = upcast(recorded.type, recorded.data, recorded.metadata.schemaVersion);
    if (event.type !== 'OrderMade') return;
    const made = event.data;
    if (made.interimOrderId) {
      await this.refusalsAreDecisions(new EndInterimOrderCommand(made.interimOrderId, made.orderId, made.madeOn));
    }
    const earlier = await this.queries.execute<ActiveOrdersOfSubjectQuery, ActiveOrderOfSubject[]>(
      new ActiveOrdersOfSubjectQuery(made.subject.subjectId),
    );
    for (const order of earlier) {
      if (order.orderId === made.orderId || order.orderId === made.interimOrderId || order.madeOn > made.madeOn) continue;
      if (!supersedes(made.orderType, order.type as OrderType, this.legal)) continue;
      await this.refusalsAreDecisions(new SupersedeOrderCommand(order.orderId, made.orderId, made.madeOn));
    }
  }

  /** A refusal (the earlier order had already ended) is the decider's answer, not a failure to retry. */
  private async refusalsAreDecisions(command: EndInterimOrderCommand | SupersedeOrderCommand): Promise<void> {
    try {
      await this.commands.execute(command);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn(`${command.constructor.name} on order ${command.orderId} refused: ${error.constructor.name}`);
    }
  }
}
