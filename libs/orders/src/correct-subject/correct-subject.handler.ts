import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { Clock } from '#platform';
import { type OrderOfSubject, OrdersOfSubjectQuery } from '#register';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import { SubjectCommandHandling, type SubjectOutcome } from '../command-handling/subject-command-handling.js';
import { CorrectSubjectCommand } from './correct-subject.command.js';

@CommandHandler(CorrectSubjectCommand)
export class CorrectSubjectHandler implements ICommandHandler<CorrectSubjectCommand, Omit<SubjectOutcome, 'state'>> {
  constructor(
    private readonly handling: OrderCommandHandling,
    private readonly subjects: SubjectCommandHandling,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ subjectId, correction, request }: CorrectSubjectCommand): Promise<Omit<SubjectOutcome, 'state'>> {
    const orders = await this.queries.execute<OrdersOfSubjectQuery, OrderOfSubject[]>(new OrdersOfSubjectQuery(subjectId, this.clock.today()));
    const { state: _state, ...outcome } = await this.subjects.handle(
      { type: 'CorrectSubject', subjectId, ...correction, forcesWithOrders: [...new Set(orders.map((order) => order.owningForce))] },
      this.handling.commandId(request),
      request,
    );
    return outcome;
  }
}
