import { Module } from '@nestjs/common';
import { CheckSubjectHandler } from './check-subject/check-subject.handler.js';
import { HeldSubjects } from './check-subject/held-subjects.js';
import { GetOrderHandler } from './get-order/get-order.handler.js';
import { ListOrdersHandler } from './list-orders/list-orders.handler.js';
import { BreachStatisticsHandler } from './breach-statistics/breach-statistics.handler.js';
import { OrderStatisticsHandler } from './order-statistics/order-statistics.handler.js';
import { ActiveOrdersOfSubjectHandler } from './active-orders-of-subject/active-orders-of-subject.handler.js';
import { OrdersWithNotificationOverdueHandler } from './orders-with-notification-overdue/orders-with-notification-overdue.handler.js';
import { OrdersExpiringSoonHandler } from './orders-expiring-soon/orders-expiring-soon.handler.js';
import { OrderAsAtHandler } from './order-as-at/order-as-at.handler.js';
import { OrderHistoryHandler } from './order-history/order-history.handler.js';
import { OrdersDueToExpireHandler } from './orders-due-to-expire/orders-due-to-expire.handler.js';
import { RegisterProjection } from './projection/register.projection.js';
import { OrdersOfSubjectHandler } from './orders-of-subject/orders-of-subject.handler.js';
import { RegisterUpkeep } from './register-upkeep/register-upkeep.js';
import { GetSubjectHandler, SubjectHistoryHandler } from './get-subject/get-subject.handler.js';

/** The register's read side: its projection and the queries that read it. */
@Module({
  providers: [RegisterProjection, HeldSubjects, CheckSubjectHandler, GetOrderHandler, ListOrdersHandler,
    OrderStatisticsHandler, OrdersDueToExpireHandler, OrderHistoryHandler, OrderAsAtHandler, OrdersWithNotificationOverdueHandler, OrdersExpiringSoonHandler, ActiveOrdersOfSubjectHandler, OrdersOfSubjectHandler, GetSubjectHandler, SubjectHistoryHandler, RegisterUpkeep,
    BreachStatisticsHandler],
  exports: [RegisterProjection, RegisterUpkeep, HeldSubjects],
})
export class RegisterModule {}
