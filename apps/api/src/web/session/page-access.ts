import { applyDecorators, ForbiddenException, Render, SetMetadata, UseGuards } from '@nestjs/common';
import { Public, type UserRole } from '#identity';
import { PageAccessGuard } from './page-access.guard.js';

export const PAGE_ROLES = 'stor:page-roles';
/** The template name Nest hands to reply.view; the PageView returned names the real one. */
export const PAGE_RENDERER = 'stor-page';

/**
 * A route of the web front that sends its own answer (a CSV, a live stream): signed in through the
 * session cookie (not a bearer token), for these roles, CSRF checked on every form; its errors are
 * pages (ProblemDetailsFilter). Roles [] means anyone, signed in or not.
 */
export const PageRoute = (...roles: UserRole[]) => applyDecorators(Public(), SetMetadata(PAGE_ROLES, roles), UseGuards(PageAccessGuard));

/** A web page: a PageRoute whose answer is a PageView drawn from its template, or a redirect. */
export const Page = (...roles: UserRole[]) => applyDecorators(PageRoute(...roles), Render(PAGE_RENDERER));

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


/** Only a path on this site, so a crafted sign-in link cannot send the officer elsewhere afterwards. */
export function safeReturnPath(path: unknown): string {
  return typeof path === 'string' && /^\/(?![/\\])[\x21-\x7e]{0,500}$/.test(path) && !path.startsWith('/sign-') ? path : '/';
}
