import { Module } from '@nestjs/common';
import { OrderCommandHandling } from './command-handling/order-command-handling.js';
import { SubjectCommandHandling } from './command-handling/subject-command-handling.js';
import { CorrectSubjectHandler } from './correct-subject/correct-subject.handler.js';
import { DischargeOrderHandler } from './discharge-order/discharge-order.handler.js';
import { ExpireProhibitionsHandler } from './expire-prohibitions/expire-prohibitions.handler.js';
import { MakeOrderHandler } from './make-order/make-order.handler.js';
import { RecordBreachHandler } from './record-breach/record-breach.handler.js';
import { VaryOrderHandler } from './vary-order/vary-order.handler.js';
import { RenewOrderHandler } from './renew-order/renew-order.handler.js';
import { LodgeAppealHandler } from './lodge-appeal/lodge-appeal.handler.js';
import { DetermineAppealHandler } from './determine-appeal/determine-appeal.handler.js';
import { TransferOrderHandler } from './transfer-order/transfer-order.handler.js';
import { RecordNotificationHandler } from './record-notification/record-notification.handler.js';
import { RecordPassportSurrenderHandler } from './record-passport-surrender/record-passport-surrender.handler.js';
import { RecordPassportReturnHandler } from './record-passport-return/record-passport-return.handler.js';
import { RecordBreachOutcomeHandler } from './record-breach-outcome/record-breach-outcome.handler.js';
import { CorrectRecordHandler } from './correct-record/correct-record.handler.js';
import { SupersedeOrderHandler } from './supersede-order/supersede-order.handler.js';
import { EndInterimOrderHandler } from './end-interim-order/end-interim-order.handler.js';
import { MarkNotificationOverdueHandler } from './mark-notification-overdue/mark-notification-overdue.handler.js';

/** The write side of orders: one handler per use case, all through one handling shell. */
@Module({
  providers: [
    OrderCommandHandling,
    SubjectCommandHandling,
    CorrectSubjectHandler,
    MakeOrderHandler,
    VaryOrderHandler,
    DischargeOrderHandler,
    RecordBreachHandler,
    ExpireProhibitionsHandler,
    RenewOrderHandler,
    LodgeAppealHandler,
    DetermineAppealHandler,
    TransferOrderHandler,
    RecordNotificationHandler,
    RecordPassportSurrenderHandler,
    RecordPassportReturnHandler,
    RecordBreachOutcomeHandler,
    CorrectRecordHandler,
    SupersedeOrderHandler,
    EndInterimOrderHandler,
    MarkNotificationOverdueHandler,
  ],
})
export class OrdersModule {}
