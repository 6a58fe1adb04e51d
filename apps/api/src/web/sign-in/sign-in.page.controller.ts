import { createHash } from 'node:crypto';
import { Body, Controller, Get, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FORCES, REGIONS } from '#forces';
import { InvalidClaims, principalFromClaims, ROLES, type UserRole } from '#identity';
import { STOR_CONFIG, type StorConfig } from '#platform';
import { RateLimits } from '../../hostile-clients/rate-limits.js';
import { TooManyRequests } from '../../hostile-clients/too-many-requests.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsView, text } from '../forms/form-fields.js';
import { PageRenderer } from '../rendering/page-renderer.js';
import { type PageAnswer, PageView, SeeOther } from '../rendering/page-view.js';
import { Page, safeReturnPath } from '../session/page-access.js';
import type { PageRequest } from '../session/page-access.guard.js';

const ROLE_NAMES: Record<UserRole, string> = {
  officer: 'Officer',
  'order-manager': 'Order manager',
  rocu: 'ROCU analyst',
  national: 'National lead',
  auditor: 'Auditor',
};

/**
 * Development sign-in: pick a role, force or region and a name. Production sets WEB_SIGN_IN=oidc,
 * where this page is the seam for the OpenID Connect redirect (docs/decisions/0024).
 */
@ApiExcludeController()
@Controller()
export class SignInPageController {
  constructor(
    private readonly pages: PageRenderer,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
    private readonly limits: RateLimits,
  ) {}

  @Get('sign-in')
  @Page()
  show(@Query('next') next?: string): PageAnswer {
    if (this.config.webSignIn === 'oidc') return this.openIdConnectSeam();
    return this.form({ next: safeReturnPath(next) }, {});
  }

  @Post('sign-in')
  @Page()
  signIn(@Body() body: FormBody, @Req() request: PageRequest): PageAnswer {
    if (this.config.webSignIn === 'oidc') return this.openIdConnectSeam();
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
    const answer = this.limits.failedAuthentication(request.ip);
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
        regions: [{ value: '', text: 'Choose a region' }, ...REGIONS.map((region) => ({ value: region.code, text: region.name, selected: values.region === region.code }))],
      },
      Object.keys(errors).length ? 400 : 200,
    );
  }

  private openIdConnectSeam(): PageView {
    return new PageView(
      'errors/problem.njk',
      {
        problem: {
          status: 501,
          title: 'Sign-in through your force is not available yet',
          detail: 'This STOR is set to sign people in through OpenID Connect (WEB_SIGN_IN=oidc), which is not built yet. Ask your administrator.',
        },
      },
      501,
    );
  }
}

/** Where each role starts work. */
export function homeOf(role: UserRole): string {
  return role === 'auditor' ? '/audit' : '/';
}
