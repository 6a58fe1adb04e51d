import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '#platform';
import { CLOCK_SKEW_SECONDS, strictlyInTime, InvalidToken, refusingInGeneralWords, tokenPrincipal, type TokenVerifier, type VerifiedToken } from './bearer-tokens.js';
import type { Principal } from './principal.js';

/** Asymmetric only: an HMAC token would need the issuer's secret, and `none` needs nothing at all. */
export const ISSUER_ALGORITHMS = ['RS256', 'ES256'];

/**
 * Production: tokens signed by the OpenID Connect issuer, checked against its JWKS (fetched, cached,
 * refetched once when a token names a key id it does not hold, then refused until the cooldown
 * passes). Time is the injected clock's. Its claims are mapped to STOR's by the configured names.
 */
export class IssuerTokens implements TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly oidc: OidcConfig,
    private readonly maxAgeSeconds: number,
  ) {
    // jose's remote set fetches on first use and when its cache is old; for an unknown kid it fetches
    // again only if the last fetch is older than the cooldown, else the token is refused at once.
    this.keys = createRemoteJWKSet(new URL(oidc.jwksUrl), { cooldownDuration: oidc.jwksCooldownMs, timeoutDuration: 5_000 });
  }

  /** A bearer token for the API: audience AUTH_AUDIENCE. */
  async verify(token: string, now: Date): Promise<VerifiedToken> {
    const payload = await this.verifyClaims(token, now, this.oidc.audience);
    return { principal: this.principal(payload), expiresAt: Math.min(payload.exp as number, (payload.iat as number) + this.maxAgeSeconds) * 1000 };
  }

  /** An ID token from the web sign-in: audience the web client, and the nonce the browser's sign-in began with. */
  async verifyIdToken(token: string, now: Date, expected: { clientId: string; nonce: string }): Promise<Principal> {
    const payload = await this.verifyClaims(token, now, expected.clientId);
    if (payload.nonce !== expected.nonce) throw new InvalidToken('The sign-in answer does not belong to this sign-in.');
    return this.principal(payload);
  }

  private verifyClaims(token: string, now: Date, audience: string): Promise<JWTPayload> {
    return refusingInGeneralWords(async () => {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.oidc.issuer,
        audience,
        algorithms: ISSUER_ALGORITHMS,
        currentDate: now,
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: this.maxAgeSeconds,
        clockTolerance: CLOCK_SKEW_SECONDS,
      });
      strictlyInTime(payload, now, this.maxAgeSeconds);
      return payload;
    });
  }

  private principal(payload: JWTPayload): Principal {
    const { claims } = this.oidc;
    const user = payload[claims.user];
    return tokenPrincipal({
      sub: typeof user === 'number' ? String(user) : user,
      name: payload.name,
      role: payload[claims.role],
      force: payload[claims.force],
      region: payload[claims.region],
    });
  }
}
