import type { Provider, Type } from '@nestjs/common';
import { SIGNING_KEY } from '#identity';
import { AlertsPageController } from './alerts/alerts.page.controller.js';
import { CheckPageController } from './check/check.page.controller.js';
import { FindSubjectPageController } from './record-order/find-subject.page.controller.js';
import { RecordOrderPageController } from './record-order/record-order.page.controller.js';
import { AuditPageController } from './audit/audit.page.controller.js';
import { PageErrorFilter } from './rendering/page-error.filter.js';
import { PageRenderer } from './rendering/page-renderer.js';
import { PageAccessGuard } from './session/page-access.guard.js';
import { SessionSeal } from './session/web-session.js';
import { RegionsPageController } from './regions/regions.page.controller.js';
import { SignInPageController } from './sign-in/sign-in.page.controller.js';
import { StatisticsDownloadsController } from './statistics/statistics-downloads.controller.js';
import { StatisticsPageController } from './statistics/statistics.page.controller.js';

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
];

export const WEB_PAGE_PROVIDERS: Provider[] = [
  { provide: SessionSeal, useFactory: (key: Uint8Array) => new SessionSeal(key), inject: [SIGNING_KEY] },
  PageRenderer,
  PageAccessGuard,
  PageErrorFilter,
];
