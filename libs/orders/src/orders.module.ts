import { Module } from '@nestjs/common';
import { HandleOrderCommandHandler } from './command-handling/handle-order-command.js';
import { OrderCommandHandling } from './command-handling/order-command-handling.js';
import { SubjectCommandHandling } from './command-handling/subject-command-handling.js';
import { CorrectSubjectHandler } from './correct-subject/correct-subject.handler.js';
import { MakeOrderHandler } from './make-order/make-order.handler.js';
import { RecordBreachHandler } from './record-breach/record-breach.handler.js';
import { VaryOrderHandler } from './vary-order/vary-order.handler.js';
import { LodgeAppealHandler } from './lodge-appeal/lodge-appeal.handler.js';
import { DetermineAppealHandler } from './determine-appeal/determine-appeal.handler.js';
import { RecordNotificationHandler } from './record-notification/record-notification.handler.js';
import { CorrectRecordHandler } from './correct-record/correct-record.handler.js';

/**
 * The write side of orders, all through one handling shell: one handler for every command that
 * needs only deciding (`HandleOrderCommand`), and one per use case that derives ids first.
 */
@Module({
  providers: [
    OrderCommandHandling,
    HandleOrderCommandHandler,
    SubjectCommandHandling,
    CorrectSubjectHandler,
    MakeOrderHandler,
    VaryOrderHandler,
    RecordBreachHandler,
    LodgeAppealHandler,
    DetermineAppealHandler,
    RecordNotificationHandler,
    CorrectRecordHandler,
  ],
})
export class OrdersModule {}
