import { applyDecorators, ForbiddenException, Render, SetMetadata, UseFilters, UseGuards } from '@nestjs/common';
import { Public, type UserRole } from '#identity';
import { PageErrorFilter } from '../rendering/page-error.filter.js';
import { PageAccessGuard } from './page-access.guard.js';

export const PAGE_ROLES = 'stor:page-roles';
/** The template name Nest hands to reply.view; the PageView returned names the real one. */
export const PAGE_RENDERER = 'stor-page';

/**
 * A web page: signed in through the session cookie (not a bearer token), for these roles, CSRF
 * checked on every form, errors shown as pages. Roles [] means anyone, signed in or not.
 */
export const Page = (...roles: UserRole[]) =>
  applyDecorators(Public(), SetMetadata(PAGE_ROLES, roles), UseGuards(PageAccessGuard), UseFilters(PageErrorFilter), Render(PAGE_RENDERER));

/** A page route reached without a session that may use it: the browser goes to sign in first. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('sign in first');
  }
}

/** A form posted without its session's CSRF token: a forged request, or a form left open past the session. */
export class FormExpired extends ForbiddenException {
  constructor() {
    super('This form has expired or did not come from STOR. Go back, reload the page and try again.');
  }
}

/**
 * A file a signed-in user downloads from a page (a CSV): the same session, roles and error pages
 * as @Page, but the route sends its own body and headers instead of a rendered template.
 */
export const PageDownload = (...roles: UserRole[]) =>
  applyDecorators(Public(), SetMetadata(PAGE_ROLES, roles), UseGuards(PageAccessGuard), UseFilters(PageErrorFilter));
