import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AlertsModule } from '#alerts';
import { AccessGuard, IdentityModule } from '#identity';
import { OrdersModule } from '#orders';
import { RegisterModule } from '#register';
import { AcknowledgeAlertController } from './alerts/acknowledge-alert/acknowledge-alert.http.controller.js';
import { AlertAcknowledgements } from './alerts/acknowledge-alert/alert-acknowledgements.js';
import { AlertStreamController } from './alerts/alert-stream/alert-stream.http.controller.js';
import { AlertStreams } from './alerts/alert-stream/alert-streams.js';
import { GetAlertsController } from './alerts/get-alerts/get-alerts.http.controller.js';
import { WEBHOOK_CONTROLLERS } from './alerts/webhooks/webhooks.controllers.js';
import { ForceWebhooks } from './alerts/webhooks/force-webhooks.js';
import { CheckRateLimit } from './hostile-clients/check-rate-limit.guard.js';
import { RateLimits } from './hostile-clients/rate-limits.js';
import { AuditInterceptor } from './audit/audit.interceptor.js';
import { GetAuditController } from './audit/get-audit/get-audit.http.controller.js';
import { ReadYourWrites } from './consistency/read-your-writes.js';
import { ForcesController } from './forces/forces.http.controller.js';
import { HealthController } from './operations/health.controller.js';
import { MetricsController } from './operations/metrics.controller.js';
import { ProjectionLagProbe } from './operations/projection-lag.js';
import { ReachabilityProbe } from './operations/reachability.js';
import { StorMetrics } from './operations/stor-metrics.js';
import { DischargeOrderController } from './orders/discharge-order/discharge-order.http.controller.js';
import { GetOrderController } from './orders/get-order/get-order.http.controller.js';
import { OrderHistoryController } from './orders/order-history/order-history.http.controller.js';
import { ListOrdersController } from './orders/list-orders/list-orders.http.controller.js';
import { MakeOrderController } from './orders/make-order/make-order.http.controller.js';
import { RecordBreachController } from './orders/record-breach/record-breach.http.controller.js';
import { VaryOrderController } from './orders/vary-order/vary-order.http.controller.js';
import { RenewOrderController } from './orders/renew-order/renew-order.http.controller.js';
import { LodgeAppealController } from './orders/appeals/lodge-appeal.http.controller.js';
import { DetermineAppealController } from './orders/appeals/determine-appeal.http.controller.js';
import { TransferOrderController } from './orders/transfer-order/transfer-order.http.controller.js';
import { RecordNotificationController } from './orders/record-notification/record-notification.http.controller.js';
import { RecordPassportSurrenderController } from './orders/passports/record-passport-surrender.http.controller.js';
import { RecordPassportReturnController } from './orders/passports/record-passport-return.http.controller.js';
import { RecordBreachOutcomeController } from './orders/record-breach-outcome/record-breach-outcome.http.controller.js';
import { CorrectRecordController } from './orders/correct-record/correct-record.http.controller.js';
import { ProblemDetailsFilter } from './problem-details/problem-details.filter.js';
import { RuntimeModule } from './runtime/runtime.module.js';
import type { StorRuntime } from './runtime/stor-runtime.js';
import { CheckSubjectController } from './subjects/check-subject/check-subject.http.controller.js';
import { SubjectChecks } from './subjects/check-subject/subject-checks.js';
import { OrderMaking } from './orders/make-order/order-making.js';
import { CorrectSubjectController } from './subjects/correct-subject/correct-subject.http.controller.js';
import { EraseSubjectController } from './subjects/erase-subject/erase-subject.http.controller.js';
import { GetSubjectController } from './subjects/get-subject/get-subject.http.controller.js';
import { OrderStatisticsController } from './statistics/order-statistics.http.controller.js';
import { OrderLists } from './orders/list-orders/order-lists.js';
import { NationalFigures } from './statistics/national-figures.js';
import { WEB_PAGE_CONTROLLERS, WEB_PAGE_PROVIDERS } from './web/web-pages.js';
import { OrderReads } from './orders/get-order/order-reads.js';
import { OrderHistories } from './orders/order-history/order-histories.js';

/** The HTTP edge: every route and page STOR serves, and the guard, filter and audit that wrap them all. */
@Module({})
export class ApiModule {
  static with(runtime: StorRuntime, extra: DynamicModule[] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [RuntimeModule.of(runtime), CqrsModule.forRoot(), IdentityModule, OrdersModule, RegisterModule, AlertsModule, ...extra],
      controllers: [
        HealthController,
        MetricsController,
        ForcesController,
        MakeOrderController,
        VaryOrderController,
        DischargeOrderController,
        RecordBreachController,
        RenewOrderController,
        LodgeAppealController,
        DetermineAppealController,
        TransferOrderController,
        RecordNotificationController,
        RecordPassportSurrenderController,
        RecordPassportReturnController,
        RecordBreachOutcomeController,
        CorrectRecordController,
        GetOrderController,
        OrderHistoryController,
        ListOrdersController,
        CheckSubjectController,
        GetSubjectController,
        CorrectSubjectController,
        EraseSubjectController,
        GetAlertsController,
        GetAuditController,
        OrderStatisticsController,
        AcknowledgeAlertController,
        AlertStreamController,
        ...WEBHOOK_CONTROLLERS,
        ...WEB_PAGE_CONTROLLERS,
      ],
      providers: [
        ReadYourWrites,
        RateLimits,
        CheckRateLimit,
        ProjectionLagProbe,
        ReachabilityProbe,
        StorMetrics,
        SubjectChecks,
        OrderMaking,
        AlertAcknowledgements,
        AlertStreams,
        ForceWebhooks,
        ...WEB_PAGE_PROVIDERS,
        NationalFigures,
        OrderLists,
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        OrderReads,
        OrderHistories,
      ],
    };
  }
}
