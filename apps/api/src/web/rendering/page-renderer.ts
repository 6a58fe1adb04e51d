import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import nunjucks from 'nunjucks';
import type { Principal } from '#identity';
import { Clock, STOR_CONFIG, type StorConfig } from '#platform';
import type { PageRequest } from '../session/page-access.guard.js';
import { SESSION_COOKIE, SESSION_HOURS, SessionSeal } from '../session/web-session.js';
import { navigationFor } from './navigation.js';
import { type PageAnswer, SeeOther } from './page-view.js';
import { dateTime, forceName, longDate, orderTypeName } from './plain-words.js';

/**
 * Renders pages with Nunjucks and the GOV.UK Frontend templates shipped in its npm package. Every
 * page gets the signed-in user, a CSRF token for its forms, the navigation for the user's role,
 * and headers that keep a subject's data out of caches and other sites.
 */
@Injectable()
export class PageRenderer {
  private readonly templates: nunjucks.Environment;
  private readonly logger = new Logger('pages');

  constructor(
    private readonly seal: SessionSeal,
    private readonly clock: Clock,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
  ) {
    this.templates = new nunjucks.Environment(new nunjucks.FileSystemLoader([webTemplatesRoot(), govukFrontendRoot()]), {
      autoescape: true,
      throwOnUndefined: false,
    });
    this.templates.addFilter('longDate', longDate);
    this.templates.addFilter('dateTime', dateTime);
    this.templates.addFilter('forceName', forceName);
    this.templates.addFilter('orderTypeName', orderTypeName);
  }

  async send(request: PageRequest, reply: FastifyReply, answer: PageAnswer): Promise<FastifyReply> {
    // A page without a session still needs a CSRF secret for its forms (the sign-in form first of all).
    let session = request.webSession;
    if (!session) {
      session = this.seal.fresh(null);
      request.webSession = session;
    }
    if (!request.webSessionSealed) await this.setSessionCookie(request, reply);
    if (answer instanceof SeeOther) return reply.status(303).header('location', answer.location).send();
    const nonce = randomBytes(16).toString('base64');
    let html: string;
    let status = answer.status;
    try {
      html = this.templates.render(answer.template, {
        ...answer.data,
        user: session.principal,
        navigation: navigationFor(session.principal, request.url.split('?')[0]),
        csrfToken: this.seal.csrfToken(session),
        cspNonce: nonce,
        today: this.clock.today(),
        developmentSignIn: this.config.webSignIn === 'development',
      });
    } catch (error) {
      // A template fault is STOR's, never the user's; the message may quote page data, so log the template only.
      this.logger.error(`page template ${answer.template} could not be rendered (${(error as Error).name})`);
      html = TEMPLATE_FAULT_PAGE;
      status = 500;
    }
    return reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'`,
      )
      .header('x-frame-options', 'DENY')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(html);
  }

  /** Signs a user in or out: a new session (and so a new CSRF secret) each time, against session fixation. */
  startSession(request: PageRequest, principal: Principal | null): void {
    request.webSession = this.seal.fresh(principal);
    request.webSessionSealed = false;
    // Signing out keeps the request's user, so the audit trail says who signed out.
    if (principal) request.principal = principal;
  }

  private async setSessionCookie(request: PageRequest, reply: FastifyReply): Promise<void> {
    const session = request.webSession;
    if (!session) return;
    void reply.setCookie(SESSION_COOKIE, await this.seal.seal(session, this.clock.now()), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: SESSION_HOURS * 3600,
    });
    request.webSessionSealed = true;
  }
}

const TEMPLATE_FAULT_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sorry, there is a problem with the service – STOR</title></head>' +
  '<body><main><h1>Sorry, there is a problem with the service</h1><p>STOR could not show this page. Nothing was changed. <a href="/">Go to the start page</a>.</p></main></body></html>';

/** The pages' own templates live beside their controllers, in the source tree (tsc copies no .njk). */
export function webTemplatesRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('STOR could not find its own folder to read its page templates');
    dir = parent;
  }
  return join(dir, 'apps', 'api', 'src', 'web');
}

export function govukFrontendRoot(): string {
  return join(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist');
}
