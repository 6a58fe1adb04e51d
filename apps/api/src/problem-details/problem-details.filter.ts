import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, DomainError, FieldsRuleViolation, NotPermitted, OrderAlreadyExists, OrderNotFound, RuleViolation, SubjectNotFound } from '#domain';
import { AuditTrail } from '#identity';
import { describeOutage } from '#event-store';
import { IdempotencyKeyReused, VersionMismatch } from '#orders';
import { Clock, STOR_CONFIG, type StorConfig } from '#platform';
import { auditEntryFor } from '../audit/audit-entry.js';
import { PageRenderer } from '../web/rendering/page-renderer.js';
import { PageView, SeeOther } from '../web/rendering/page-view.js';
import { safeReturnPath, SignInRequired } from '../web/session/page-access.js';
import type { PageRequest } from '../web/session/page-access.guard.js';
import { RateLimits } from '../hostile-clients/rate-limits.js';
import { TooManyRequests } from '../hostile-clients/too-many-requests.js';
import { InvalidRequest } from './invalid-request.exception.js';
import { type Problem, problem } from './problem.js';

/** How long a client should wait before trying again while the database or the log is out of reach. */
const RETRY_AFTER_SECONDS = 5;

/** The one place where errors become RFC 9457 problem+json, or an error page for the web front. Nothing a client sends gets a 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  constructor(
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly pages: PageRenderer,
    @Inject(STOR_CONFIG) private readonly config: Pick<StorConfig, 'trustProxy'>,
    private readonly limits: RateLimits,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<PageRequest>();
    const reply = http.getResponse<FastifyReply>();
    const api = request.url.startsWith('/api');
    if (error instanceof SignInRequired) {
      await this.pages.send(request, reply, new SeeOther(`/sign-in?next=${encodeURIComponent(safeReturnPath(error.returnTo))}`));
      return;
    }
    let body = { ...toProblem(error, this.logger), instance: request.url.split('?')[0] };
    // A bad or missing token spends the address's failed-authentication budget; once it is spent, a 429.
    if (body.status === 401 && api) {
      const answer = this.limits.failedAuthentication(request);
      if (!answer.allowed) {
        error = TooManyRequests.failedAuthentication(answer.retryAfterSeconds);
        body = { ...toProblem(error, this.logger), instance: body.instance };
      }
    }
    // A refused request of someone signed in is audited (bounded); an anonymous one is only counted
    // (stor_refused_requests_total), so a flood of forged requests cannot fill the trail.
    if (request.principal) {
      await this.audit.record(auditEntryFor(request, body.status, this.clock.now(), null, this.config.trustProxy)).catch(() => {
        this.logger.error('could not write the audit trail for a refused request');
      });
    }
    if (body.status === 503) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    if (error instanceof TooManyRequests) void reply.header('retry-after', String(error.retryAfterSeconds));
    if (!api && (isPageRoute(request) || wantsPage(request))) {
      // A page's errors are pages, with the same status and words an API client gets.
      await this.pages.send(request, reply, new PageView('errors/problem.njk', { problem: body }, body.status));
      return;
    }
    if (body.status === 401) void reply.header('www-authenticate', 'Bearer realm="stor"');
    await reply.status(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
  }
}

/** A route of the web front: its guard has looked for the session cookie, found or not. */
function isPageRoute(request: PageRequest): boolean {
  return request.webSession !== undefined;
}

/** A browser asking for a page STOR does not have. */
function wantsPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return request.method === 'GET' && typeof accept === 'string' && accept.includes('text/html');
}

export function toProblem(error: unknown, logger: Logger): Problem {
  if (error instanceof InvalidRequest) {
    return problem(400, 'invalid-request', 'Invalid request', error.message, { errors: error.errors });
  }
  if (error instanceof DomainError) return domainProblem(error);
  if (error instanceof VersionMismatch) {
    return problem(409, 'version-mismatch', `The ${error.stream} has changed`, error.message, { currentVersion: error.actual });
  }
  if (error instanceof IdempotencyKeyReused) {
    return problem(422, 'idempotency-key-reused', 'Idempotency-Key already used', error.message);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return problem(status, slugFor(status), titleFor(status), detailOf(error));
  }
  const unreachable = describeOutage(error);
  if (unreachable) {
    logger.warn(`request refused: ${unreachable} cannot be reached`);
    return problem(
      503,
      'unavailable',
      'Service unavailable',
      'STOR cannot reach its database or its log just now. Try again shortly: a command sent again with the same Idempotency-Key is recorded once, whether or not the first attempt landed.',
    );
  }
  const fastifyStatus = (error as { statusCode?: number })?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return problem(fastifyStatus, slugFor(fastifyStatus), titleFor(fastifyStatus), clientErrorDetail(error, fastifyStatus));
  }
  // The message may quote a subject's data (a database error echoing a value): log the shape only.
  const { name, code, stack } = (error ?? {}) as { name?: string; code?: string; stack?: string };
  logger.error(`unexpected ${name ?? 'error'}${code ? ` (${code})` : ''}`, stack?.split('\n').slice(1, 6).join('\n'));
  return problem(500, 'internal-error', 'Internal error', 'STOR could not complete the request. It has been logged; nothing was changed.');
}

function domainProblem(error: DomainError): Problem {
  if (error instanceof RuleViolation) {
    return problem(422, `rule/${error.rule}`, 'The law does not allow this', error.message, {
      rule: error.rule,
      ...(error instanceof FieldsRuleViolation
        ? { errors: error.fields }
        : error.field
          ? { errors: [{ field: error.field, message: error.message }] }
          : {}),
    });
  }
  if (error instanceof NotPermitted) return problem(403, 'forbidden', 'Not permitted', error.message);
  if (error instanceof OrderNotFound) return problem(404, 'not-found', 'No such order', error.message);
  if (error instanceof SubjectNotFound) return problem(404, 'not-found', 'No such subject', error.message);
  if (error instanceof OrderAlreadyExists) return problem(409, 'order-exists', 'The order already exists', error.message);
  if (error instanceof Conflict) return problem(409, 'conflict', 'Conflict', error.message);
  return problem(422, 'domain-error', 'Refused', error.message);
}

function detailOf(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : error.message;
}

function clientErrorDetail(error: unknown, status: number): string {
  if (status === 413) return 'The request body is larger than STOR accepts.';
  if (status === 415) return 'Send the body as application/json.';
  const code = (error as { code?: string }).code;
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'The request body is empty; send a JSON object.';
  if (status === 400) return 'The request body is not valid JSON.';
  return titleFor(status);
}

const TITLES: Record<number, [string, string]> = {
  400: ['invalid-request', 'Invalid request'],
  401: ['unauthenticated', 'Not signed in'],
  403: ['forbidden', 'Not permitted'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  409: ['conflict', 'Conflict'],
  413: ['too-large', 'Request too large'],
  414: ['uri-too-long', 'URI too long'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable'],
  428: ['precondition-required', 'Precondition required'],
  429: ['too-many-requests', 'Too many requests'],
  431: ['headers-too-large', 'Request headers too large'],
  503: ['unavailable', 'Service unavailable'],
};

function slugFor(status: number): string {
  return TITLES[status]?.[0] ?? (status >= 500 ? 'internal-error' : 'client-error');
}

function titleFor(status: number): string {
  return TITLES[status]?.[1] ?? (status >= 500 ? 'Internal error' : 'Client error');
}
