import type { Provider, Type } from '@nestjs/common';
import { SIGNING_KEY } from '#identity';
import { AlertsPageController } from './alerts/alerts.page.controller.js';
import { CheckPageController } from './check/check.page.controller.js';
import { PageErrorFilter } from './rendering/page-error.filter.js';
import { PageRenderer } from './rendering/page-renderer.js';
import { PageAccessGuard } from './session/page-access.guard.js';
import { SessionSeal } from './session/web-session.js';
import { SignInPageController } from './sign-in/sign-in.page.controller.js';

/** Every web page STOR serves, one controller per page or journey. */
export const WEB_PAGE_CONTROLLERS: Type[] = [SignInPageController, CheckPageController, AlertsPageController];

export const WEB_PAGE_PROVIDERS: Provider[] = [
  { provide: SessionSeal, useFactory: (key: Uint8Array) => new SessionSeal(key), inject: [SIGNING_KEY] },
  PageRenderer,
  PageAccessGuard,
  PageErrorFilter,
];
