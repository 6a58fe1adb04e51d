import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, mergeMap, type Observable } from 'rxjs';
import { type AuthenticatedRequest, AuditTrail } from '#identity';
import { Clock } from '#platform';
import { auditEntryFor } from './audit-entry.js';

/**
 * Every successful API request is written to the audit trail before its answer leaves, so no read
 * of a subject's data goes unrecorded. Refused requests are recorded by the problem-details filter.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    if (!request.url.startsWith('/api')) return next.handle();
    return next.handle().pipe(
      mergeMap((response) => {
        // Nest applies the route's status after interceptors run, so read what the route declares.
        const declared = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
        const status = declared ?? (request.method === 'POST' ? 201 : 200);
        return from(this.audit.record(auditEntryFor(request, status, this.clock.now(), response)).then(() => response));
      }),
    );
  }
}
