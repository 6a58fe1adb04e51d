import { createHash } from 'node:crypto';
import { Body, Controller, Get, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FORCES, REGIONS } from '#forces';
import { InvalidClaims, isRocuRegion, principalFromClaims, ROLES, type UserRole } from '#identity';
import { Clock, STOR_CONFIG, type StorConfig } from '#platform';
import { RateLimits } from '../../hostile-clients/rate-limits.js';
import { TooManyRequests } from '../../hostile-clients/too-many-requests.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsView, text } from '../forms/form-fields.js';
import { PageRenderer } from '../rendering/page-renderer.js';
import { type PageAnswer, PageView, SeeOther } from '../rendering/page-view.js';
import { Page, safeReturnPath } from '../session/page-access.js';
import type { PageRequest } from '../session/page-access.guard.js';
import { IssuerSignIn, IssuerUnavailable, SignInRefused } from './issuer-sign-in.js';

const ROLE_NAMES: Record<UserRole, string> = {
  officer: 'Officer',
  'order-manager': 'Order manager',
  rocu: 'ROCU analyst',
  national: 'National lead',
  auditor: 'Auditor',
};

/**
 * Development sign-in: pick a role, force or region and a name. Production sets WEB_SIGN_IN=oidc:
 * the officer signs in at the force's OpenID Connect issuer (authorization code flow with PKCE),
 * and comes back to /sign-in/callback (docs/decisions/0028-identity.md).
 */
@ApiExcludeController()
@Controller()
export class SignInPageController {
  constructor(
    private readonly pages: PageRenderer,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
    private readonly issuer: IssuerSignIn,
    private readonly clock: Clock,
    private readonly limits: RateLimits,
  ) {}

  @Get('sign-in')
  @Page()
  show(@Query('next') next?: string): PageAnswer {
    if (this.config.webSignIn === 'oidc') {
      if (!this.issuer.configured) return this.notSetUp();
      return new PageView('sign-in/issuer-sign-in.njk', { title: 'Sign in', startUrl: `/sign-in/start?${new URLSearchParams({ next: safeReturnPath(next) }).toString()}` });
    }
    return this.form({ next: safeReturnPath(next) }, {});
  }

  /** Off to the issuer; the browser's session remembers the state, nonce and PKCE verifier until it comes back. */
  @Get('sign-in/start')
  @Page()
  async start(@Query('next') next: string | undefined, @Req() request: PageRequest): Promise<PageAnswer> {
    if (this.config.webSignIn !== 'oidc') return new SeeOther('/sign-in');
    if (!this.issuer.configured) return this.notSetUp();
    try {
      const { location, pending } = await this.issuer.begin(callbackUrl(request), safeReturnPath(next), this.clock.now());
      this.pages.startSession(request, null);
      request.webSession = { ...request.webSession!, signingIn: pending };
      return new SeeOther(location);
    } catch (error) {
      if (error instanceof IssuerUnavailable) return this.issuerUnavailable();
      throw error;
    }
  }

  /** Back from the issuer: only the browser that began this sign-in, soon enough, with a code the issuer honours. */
  @Get('sign-in/callback')
  @Page()
  async callback(@Query() query: Record<string, unknown>, @Req() request: PageRequest): Promise<PageAnswer> {
    if (this.config.webSignIn !== 'oidc') return this.problem(404, 'Page not found', 'This STOR uses the development sign-in.');
    if (!this.issuer.configured) return this.notSetUp();
    try {
      const pending = request.webSession?.signingIn;
      const principal = await this.issuer.finish(query, pending, callbackUrl(request), this.clock.now());
      this.pages.startSession(request, principal);
      const next = safeReturnPath(pending?.next);
      return new SeeOther(next === '/' ? homeOf(principal.role) : next);
    } catch (error) {
      if (error instanceof SignInRefused) {
        // Whatever was pending is spent: a second try with the same state is refused too.
        this.pages.startSession(request, null);
        return this.problem(
          403,
          'Sign-in did not finish',
          'This sign-in did not start here, took too long, or was refused by your force. Start again from the sign-in page.',
        );
      }
      if (error instanceof IssuerUnavailable) return this.issuerUnavailable();
      throw error;
    }
  }

  @Post('sign-in')
  @Page()
  signIn(@Body() body: FormBody, @Req() request: PageRequest): PageAnswer {
    if (this.config.webSignIn === 'oidc') return this.problem(404, 'Page not found', 'This STOR signs people in through their force.');
    const values = { role: text(body.role), force: text(body.force), region: text(body.region), name: text(body.name).trim(), next: safeReturnPath(text(body.next)) };
    const errors: FieldErrors = {};
    const role = (ROLES as readonly string[]).includes(values.role) ? (values.role as UserRole) : null;
    if (!role) errors.role = 'Select your role';
    if (!values.name) errors.name = 'Enter your name';
    else if (values.name.length > 100 || /[\p{Cc}\p{Cs}]/u.test(values.name)) errors.name = 'Name must be 100 characters or fewer, letters and spaces';
    if ((role === 'officer' || role === 'order-manager') && !values.force) errors.force = 'Select your force';
    if (role === 'rocu' && !values.region) errors.region = 'Select your region';
    if (Object.keys(errors).length) return this.refused(request, values, errors);
    try {
      const principal = principalFromClaims({
        sub: `dev:${createHash('sha256').update(`${role}|${values.force}|${values.region}|${values.name}`).digest('hex').slice(0, 16)}`,
        name: values.name,
        role,
        force: role === 'officer' || role === 'order-manager' ? values.force : undefined,
        region: role === 'rocu' ? values.region : undefined,
      });
      this.pages.startSession(request, principal);
      return new SeeOther(values.next === '/' ? homeOf(principal.role) : values.next);
    } catch (error) {
      if (!(error instanceof InvalidClaims)) throw error;
      return this.refused(request, values, role === 'rocu' ? { region: 'Select a region from the list' } : { force: 'Select a force from the list' });
    }
  }

  @Post('sign-out')
  @Page()
  signOut(@Req() request: PageRequest): PageAnswer {
    this.pages.startSession(request, null);
    return new SeeOther('/sign-in');
  }

  /** A refused sign-in spends the address's failed-authentication budget (429 once it is spent). */
  private refused(request: PageRequest, values: Record<string, string>, errors: FieldErrors): PageView {
    const answer = this.limits.failedAuthentication(request);
    if (!answer.allowed) throw TooManyRequests.failedAuthentication(answer.retryAfterSeconds);
    return this.form(values, errors);
  }

  private form(values: Record<string, string>, errors: FieldErrors): PageView {
    return new PageView(
      'sign-in/sign-in.njk',
      {
        title: 'Sign in',
        values,
        ...fieldErrorsView(errors),
        roles: [{ value: '', text: 'Choose a role' }, ...ROLES.map((role) => ({ value: role, text: ROLE_NAMES[role], selected: values.role === role }))],
        forces: [{ value: '', text: 'Choose a force' }, ...FORCES.map((force) => ({ value: force.code, text: force.name, selected: values.force === force.code }))],
        regions: [{ value: '', text: 'Choose a region' }, ...REGIONS.filter((region) => isRocuRegion(region.code)).map((region) => ({ value: region.code, text: region.name, selected: values.region === region.code }))],
      },
      Object.keys(errors).length ? 400 : 200,
    );
  }

  private notSetUp(): PageView {
    return this.problem(
      503,
      'Sign-in through your force is not set up',
      'This STOR signs people in through OpenID Connect (WEB_SIGN_IN=oidc) but has no issuer and client to do it with (AUTH_ISSUER, AUTH_CLIENT_ID). Ask your administrator.',
    );
  }

  private issuerUnavailable(): PageView {
    return this.problem(502, 'Your force\'s sign-in service did not answer', 'Try again in a few minutes. If it keeps happening, tell your service desk.');
  }

  private problem(status: number, title: string, detail: string): PageView {
    return new PageView('errors/problem.njk', { problem: { status, title, detail } }, status);
  }
}

/** Where the issuer sends the browser back to: this site, as the browser reached it (the issuer only accepts the registered one). */
function callbackUrl(request: PageRequest): string {
  return `${request.protocol}://${request.host}/sign-in/callback`;
}

/** Where each role starts work. */
export function homeOf(role: UserRole): string {
  return role === 'auditor' ? '/audit' : '/';
}
