import { Module } from '@nestjs/common';
import { HandleOrderCommandHandler } from './command-handling/handle-order-command.js';
import { OrderCommandHandling } from './command-handling/order-command-handling.js';
import { SubjectCommandHandling } from './command-handling/subject-command-handling.js';
import { CorrectSubjectHandler } from './correct-subject/correct-subject.handler.js';
import { MakeOrderHandler } from './make-order/make-order.handler.js';

/**
 * The write side of orders, all through one handling shell: one handler for every order command
 * (`HandleOrderCommand`), and one each for the two use cases that write a subject's stream too.
 */
@Module({
  providers: [OrderCommandHandling, HandleOrderCommandHandler, SubjectCommandHandling, CorrectSubjectHandler, MakeOrderHandler],
})
export class OrdersModule {}
