import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '#identity';
import { RateLimits } from './rate-limits.js';
import { TooManyRequests } from './too-many-requests.js';

/**
 * On a subject check (the API's and the web page's): spends one of the user's and the address's
 * checks. Runs after the access guard, so the user is known; a refused check is a 429 and asks nothing.
 */
@Injectable()
export class CheckRateLimit implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const answer = this.limits.check(request.principal?.userId ?? 'anonymous', request);
    if (!answer.allowed) {
      throw new TooManyRequests(`Too many subject checks: try again in ${answer.retryAfterSeconds} seconds.`, answer.retryAfterSeconds);
    }
    return true;
  }
}
