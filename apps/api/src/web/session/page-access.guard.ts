import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedRequest, UserRole } from '#identity';
import { Clock } from '#platform';
import { FormExpired, PAGE_ROLES, SignInRequired } from './page-access.js';
import { SESSION_COOKIE, SessionSeal, type WebSession } from './web-session.js';

export type PageRequest = FastifyRequest &
  AuthenticatedRequest & {
    webSession?: WebSession | null;
    /** Whether the browser already holds this session's cookie. */
    webSessionSealed?: boolean;
  };

/** Reads the session cookie, checks a form's CSRF token, and lets through the roles a page names. */
@Injectable()
export class PageAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly seal: SessionSeal,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PageRequest>();
    const session = await this.seal.open(request.cookies?.[SESSION_COOKIE], this.clock.now());
    request.webSession = session;
    request.webSessionSealed = session !== null;
    request.principal = session?.principal ?? undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = (request.body as Record<string, unknown> | undefined)?._csrf;
      if (!session || !this.seal.csrfValid(session, token)) throw new FormExpired();
    }
    const roles = this.reflector.getAllAndOverride<UserRole[]>(PAGE_ROLES, [context.getHandler(), context.getClass()]) ?? [];
    if (roles.length === 0) return true;
    if (!session?.principal) throw new SignInRequired(request.url);
    if (!roles.includes(session.principal.role)) throw new ForbiddenException(`This page is not for the ${session.principal.role} role.`);
    return true;
  }
}
