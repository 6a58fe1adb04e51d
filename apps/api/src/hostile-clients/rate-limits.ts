import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { STOR_CONFIG, type StorConfig } from '#platform';
import { clientAddressFor } from '../audit/request-identity.js';
import { type BucketAnswer, TokenBuckets } from './token-buckets.js';

/**
 * The budgets a client spends, kept in this process's memory (per instance: see
 * docs/decisions/0030-hostile-clients.md). Real elapsed time, not the register's clock: a budget
 * is about how fast requests arrive, not about the date an order is in force.
 */
@Injectable()
export class RateLimits {
  private readonly checksByUser: TokenBuckets;
  private readonly checksByAddress: TokenBuckets;
  private readonly failedAuthByAddress: TokenBuckets;
  private readonly trustProxy: boolean;

  constructor(@Inject(STOR_CONFIG) config: StorConfig) {
    this.trustProxy = config.trustProxy;
    const now = () => performance.now();
    this.checksByUser = new TokenBuckets(config.rateLimitChecksPerMinute, now);
    this.checksByAddress = new TokenBuckets(config.rateLimitChecksPerMinutePerAddress, now);
    this.failedAuthByAddress = new TokenBuckets(config.rateLimitFailedAuthPerMinute, now);
  }

  /** One subject check by this user from this request's address; both budgets must have room. */
  check(userId: string, request: ClientRequest): BucketAnswer {
    const address = this.addressOf(request);
    const byAddress = this.checksByAddress.peek(address);
    if (!byAddress.allowed) return byAddress;
    const byUser = this.checksByUser.take(userId);
    if (!byUser.allowed) return byUser;
    return this.checksByAddress.take(address);
  }

  /**
   * A bad or missing token, or a refused sign-in, from this address: refused as 429 rather than 401
   * once the address has failed too often lately. Good credentials are never held back, so one
   * careless client behind a force's proxy cannot lock its colleagues out.
   */
  failedAuthentication(request: ClientRequest): BucketAnswer {
    return this.failedAuthByAddress.take(this.addressOf(request));
  }

  /** The address the audit trail records for the request (one rule for both); Fastify's own if that has none. */
  private addressOf(request: ClientRequest): string {
    return clientAddressFor(request.socket?.remoteAddress, request.headers['x-forwarded-for'], this.trustProxy) ?? request.ip;
  }
}

type ClientRequest = Pick<FastifyRequest, 'ip' | 'socket' | 'headers'>;
