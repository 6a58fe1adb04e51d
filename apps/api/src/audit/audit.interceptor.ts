import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, mergeMap, type Observable, of } from 'rxjs';
import { type AuthenticatedRequest, AuditTrail } from '#identity';
import { Clock, STOR_CONFIG, type StorConfig } from '#platform';
import { PageView, SeeOther } from '../web/rendering/page-view.js';
import { auditEntryFor } from './audit-entry.js';

/**
 * Every successful API request, and every page a signed-in user opens or posts, is written to the
 * audit trail before its answer leaves, so no read of a subject's data goes unrecorded. Refused
 * requests are recorded by the problem-details filter and the page error filter.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
    @Inject(STOR_CONFIG) private readonly config: Pick<StorConfig, 'trustProxy'>,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const api = request.url.startsWith('/api');
    return next.handle().pipe(
      mergeMap((response) => {
        // A page is audited once someone is signed in (the sign-in form itself records who signed in).
        if (!api && !request.principal) return of(response);
        // Nest applies the route's status after interceptors run, so read what the route declares.
        const declared = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
        const status = response instanceof PageView ? response.status : response instanceof SeeOther ? 303 : (declared ?? (request.method === 'POST' ? 201 : 200));
        return from(this.audit.record(auditEntryFor(request, status, this.clock.now(), response, this.config.trustProxy)).then(() => response));
      }),
    );
  }
}
