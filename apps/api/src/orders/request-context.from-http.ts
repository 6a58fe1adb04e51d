import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '#domain';
import type { AuthenticatedRequest, Principal } from '#identity';
import type { RequestContext } from '#orders';
import { InvalidRequest } from '../problem-details/invalid-request.exception.js';

type Headers = Record<string, string | string[] | undefined>;

export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, name: principal.name, role: principal.role, force: principal.force, region: principal.region };
}

/** The request a command came in on: who sent it, If-Match, Idempotency-Key and the request id. */
export const CommandContext = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
  if (!request.principal) throw new Error('CommandContext used on a route without authentication');
  return requestContextFrom(request.principal, request.headers, request.id);
});

/** If-Match and Idempotency-Key, read strictly: a malformed header is a 400, never ignored. */
function requestContextFrom(principal: Principal, headers: Headers, correlationId: string): RequestContext {
  const ifMatch = single(headers['if-match']);
  const idempotencyKey = single(headers['idempotency-key']);
  const errors = [];
  let version: number | undefined;
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
    if (match) version = Number(match[1]);
    else errors.push({ field: 'If-Match', message: 'If-Match must be the order version you last read, e.g. 3' });
  }
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
    errors.push({ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' });
  }
  if (errors.length) throw new InvalidRequest(errors);
  return { actor: actorOf(principal), ifMatch: version, idempotencyKey, correlationId };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
