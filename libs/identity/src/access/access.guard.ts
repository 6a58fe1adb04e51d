import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock } from '#platform';
import { InvalidToken, type TokenVerifier, VerifiedTokens } from '../tokens/bearer-tokens.js';
import { TOKEN_VERIFIER } from '../tokens/token-verifier.provider.js';
import type { Principal, UserRole } from '../tokens/principal.js';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './allow.decorator.js';

export { SIGNING_KEY } from '../tokens/token-verifier.provider.js';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

/**
 * Every route is closed unless marked @Public: no valid bearer token → 401; a token whose role
 * the route does not @Allow → 403. A route with neither marking is refused, so forgetting to
 * declare who may call it fails safe.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly tokens: VerifiedTokens;

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) verifier: TokenVerifier,
    private readonly clock: Clock,
  ) {
    this.tokens = new VerifiedTokens(verifier);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    const allowed = this.reflector.getAllAndOverride<UserRole[]>(ALLOWED_ROLES, targets) ?? [];
    if (!allowed.includes(principal.role)) {
      throw new ForbiddenException(`The ${principal.role} role may not do this.`);
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer …).');
    try {
      return await this.tokens.verify(match[1], this.clock.now());
    } catch (error) {
      // Which kind of check failed, in general words; never the value expected (issuer, audience, key).
      if (error instanceof InvalidToken) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
