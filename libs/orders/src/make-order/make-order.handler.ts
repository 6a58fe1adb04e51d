import type { OrderId, SubjectId } from '#domain';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import {
  decide,
  initialState,
  interimKindFor,
  type LegalConfig,
  type MakeOrder,
  r26InterimOfMainApplication,
  r26InterimToEnd,
  type SubjectCommand,
  type SubjectDetails,
} from '#domain';
import { Clock, LEGAL_CONFIG } from '#platform';
import { type OrderOfSubject, OrdersOfSubjectQuery } from '#register';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import type { CommandOutcome } from '../command-handling/request-context.js';
import { SubjectCommandHandling } from '../command-handling/subject-command-handling.js';
import { newOrderIds, prohibitionTerms } from '../command-handling/new-ids.js';
import { MakeOrderCommand, type MakeOrderAsSent, type SubjectAsSent } from './make-order.command.js';

/**
 * Records an order against a subject: a new person is registered first (their identity stream),
 * a person already on the register must be described as the register knows them (other names
 * may be added). The order is decided before anything is appended, so a refused order leaves no
 * subject behind; a retry with the same Idempotency-Key finds each part already recorded.
 */
@CommandHandler(MakeOrderCommand)
export class MakeOrderHandler implements ICommandHandler<MakeOrderCommand, CommandOutcome> {
  constructor(
    private readonly handling: OrderCommandHandling,
    private readonly subjects: SubjectCommandHandling,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    @Inject(LEGAL_CONFIG) private readonly legal: LegalConfig,
  ) {}

  async execute({ order, request: asked }: MakeOrderCommand): Promise<CommandOutcome> {
    // A new order has no version a client could have read: If-Match would be checked against the subject's stream.
    const request = { ...asked, ifMatch: undefined };
    const commandId = this.handling.commandId(request);
    const ids = newOrderIds(commandId);
    const { orderId } = ids;
    const subjectId = order.subject.subjectId ?? ids.subjectId;
    const subjectCommand: SubjectCommand = order.subject.subjectId
      ? { type: 'IdentifySubject', subjectId, orderId, particulars: particularsOf(order.subject) }
      : { type: 'RegisterSubject', subjectId, particulars: particularsOf(order.subject) };
    const { state: known } = await this.subjects.historyOf(subjectId);
    // A person already on the register is named on the order as the register records them.
    const named = known.status === 'registered' && order.subject.subjectId ? known : order.subject;
    const subject: SubjectDetails = {
      subjectId,
      forenames: named.forenames,
      surname: named.surname,
      dateOfBirth: named.dateOfBirth,
      pncId: named.pncId,
      aliases: order.subject.aliases.map(({ forenames, surname }) => ({ forenames, surname })),
    };
    const { type, ...particulars } = order;
    const command: MakeOrder = {
      type,
      orderId,
      ...particulars,
      subject,
      prohibitions: prohibitionTerms(commandId, order.prohibitions),
      interimOrderId: await this.interimOrderEnded(order, subjectId, orderId),
    };
    // Refusals come before anything is written: the order is judged as it would be on its own stream.
    decide(command, initialState, { actor: request.actor, today: this.clock.today(), legal: this.legal });
    await this.subjects.handle(subjectCommand, commandId, request);
    return this.handling.handle(command, commandId, request);
  }

  /** R26: the interim order this order determines — the one named, or the subject's only one in force of the matching kind. */
  private async interimOrderEnded(order: MakeOrderAsSent, subjectId: SubjectId, orderId: OrderId): Promise<OrderId | null> {
    if (order.interimOrderId) {
      r26InterimOfMainApplication({ orderType: order.orderType, subjectId, madeOn: order.madeOn }, await this.handling.stateOf(order.interimOrderId));
      return order.interimOrderId;
    }
    if (!order.subject.subjectId || interimKindFor(order.orderType) === null) return null;
    const orders = await this.queries.execute<OrdersOfSubjectQuery, OrderOfSubject[]>(new OrdersOfSubjectQuery(subjectId, this.clock.today()));
    return r26InterimToEnd(
      { orderType: order.orderType, madeOn: order.madeOn },
      orders.filter((other) => other.inForce && other.orderId !== orderId),
    );
  }
}

function particularsOf(subject: SubjectAsSent) {
  return {
    forenames: subject.forenames,
    surname: subject.surname,
    dateOfBirth: subject.dateOfBirth,
    pncId: subject.pncId,
    croNumber: subject.croNumber,
    aliases: subject.aliases,
  };
}
