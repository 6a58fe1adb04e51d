import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AuditTrail } from '#identity';
import { Clock } from '#platform';
import { auditEntryFor } from '../../audit/audit-entry.js';
import { toProblem } from '../../problem-details/problem-details.filter.js';
import { SignInRequired } from '../session/page-access.js';
import type { PageRequest } from '../session/page-access.guard.js';
import { PageRenderer } from './page-renderer.js';
import { PageView, SeeOther } from './page-view.js';

/**
 * A page's errors as pages: the same status and words an API client would get (toProblem), in the
 * GOV.UK style, and recorded in the audit trail like a refused API request.
 */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  constructor(
    private readonly pages: PageRenderer,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<PageRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (error instanceof SignInRequired) {
      await this.pages.send(request, reply, new SeeOther(`/sign-in?next=${encodeURIComponent(safeReturnPath(error.returnTo))}`));
      return;
    }
    const problem = toProblem(error, this.logger);
    if (request.principal) {
      await this.audit.record(auditEntryFor(request, problem.status, this.clock.now(), null)).catch(() => {
        this.logger.error('could not write the audit trail for a refused page');
      });
    }
    if (problem.status === 503) void reply.header('retry-after', '5');
    await this.pages.send(request, reply, new PageView('errors/problem.njk', { problem }, problem.status));
  }
}

/** Only a path on this site, so a crafted sign-in link cannot send the officer elsewhere afterwards. */
export function safeReturnPath(path: unknown): string {
  return typeof path === 'string' && /^\/(?![/\\])[\x21-\x7e]{0,500}$/.test(path) && !path.startsWith('/sign-') ? path : '/';
}
