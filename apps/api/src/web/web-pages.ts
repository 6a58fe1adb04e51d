import type { Provider, Type } from '@nestjs/common';
import { SIGNING_KEY } from '#identity';
import { AlertsPageController } from './alerts/alerts.page.controller.js';
import { WebhooksPageController } from './webhooks/webhooks.page.controller.js';
import { CheckPageController } from './check/check.page.controller.js';
import { FindSubjectPageController } from './record-order/find-subject.page.controller.js';
import { RecordOrderPageController } from './record-order/record-order.page.controller.js';
import { AuditPageController } from './audit/audit.page.controller.js';
import { PageRenderer } from './rendering/page-renderer.js';
import { PageAccessGuard } from './session/page-access.guard.js';
import { SessionSeal } from './session/web-session.js';
import { RegionsPageController } from './regions/regions.page.controller.js';
import { SignInPageController } from './sign-in/sign-in.page.controller.js';
import { IssuerSignIn } from './sign-in/issuer-sign-in.js';
import { StatisticsDownloadsController } from './statistics/statistics-downloads.controller.js';
import { StatisticsPageController } from './statistics/statistics.page.controller.js';

import { OrderPageController } from './order/order.page.controller.js';
import { OrderChangeForms } from './order-changes/order-change-forms.js';
import { RecordBreachPageController } from './order-changes/record-breach/record-breach.page.controller.js';
import { DischargeOrderPageController } from './order-changes/discharge-order/discharge-order.page.controller.js';
import { RecordNotificationPageController } from './order-changes/record-notification/record-notification.page.controller.js';
import { VaryOrderPageController } from './order-changes/vary-order/vary-order.page.controller.js';
import { RenewOrderPageController } from './order-changes/renew-order/renew-order.page.controller.js';
import { LodgeAppealPageController } from './order-changes/appeals/lodge-appeal.page.controller.js';
import { DetermineAppealPageController } from './order-changes/appeals/determine-appeal.page.controller.js';
import { TransferOrderPageController } from './order-changes/transfer-order/transfer-order.page.controller.js';
import { RecordBreachOutcomePageController } from './order-changes/record-breach-outcome/record-breach-outcome.page.controller.js';
import { CorrectRecordPageController } from './order-changes/correct-record/correct-record.page.controller.js';
import { CorrectSubjectPageController } from './order-changes/correct-subject/correct-subject.page.controller.js';
import { PassportsPageController } from './order-changes/passports/passports.page.controller.js';

/** Every web page STOR serves, one controller per page or journey. */
export const WEB_PAGE_CONTROLLERS: Type[] = [
  SignInPageController,
  CheckPageController,
  FindSubjectPageController,
  RecordOrderPageController,
  AuditPageController,
  StatisticsPageController,
  StatisticsDownloadsController,
  RegionsPageController,
  AlertsPageController,
  WebhooksPageController,
  OrderPageController,
  RecordBreachPageController,
  RecordBreachOutcomePageController,
  RecordNotificationPageController,
  VaryOrderPageController,
  RenewOrderPageController,
  DischargeOrderPageController,
  LodgeAppealPageController,
  DetermineAppealPageController,
  TransferOrderPageController,
  CorrectRecordPageController,
  CorrectSubjectPageController,
  PassportsPageController,
];

export const WEB_PAGE_PROVIDERS: Provider[] = [
  { provide: SessionSeal, useFactory: (key: Uint8Array) => new SessionSeal(key), inject: [SIGNING_KEY] },
  PageRenderer,
  PageAccessGuard,
  OrderChangeForms,
  IssuerSignIn,
];
