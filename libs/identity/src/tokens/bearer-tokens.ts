import { errors, jwtVerify, SignJWT } from 'jose';
import { type Principal, principalFromClaims, InvalidClaims } from './principal.js';

/** Development tokens say what they are, so no one mistakes one for an issuer's (and an OIDC STOR refuses them). */
export const DEVELOPMENT_ISSUER = 'stor-development';
export const DEVELOPMENT_AUDIENCE = 'stor-api';
export const DEVELOPMENT_CLAIM = 'stor_development';
/** The longest a development token may last: one working day and a little. */
export const DEVELOPMENT_MAX_LIFETIME_SECONDS = 24 * 3600;
/** How far another machine's clock may be ahead of ours before its `iat` counts as "in the future". */
export const CLOCK_SKEW_SECONDS = 60;

export interface IssueOptions {
  now: Date;
  ttlSeconds: number;
}

/**
 * Signs a development token (HS256, the `token` command and tests) for a user as the claims
 * describe them (force and region as written; checked before signing). It always carries `exp`,
 * `iat` and the user's own `sub`, and is labelled as a development token.
 */
export async function issueToken(principal: Omit<Principal, 'force' | 'region'> & { force?: string; region?: string }, key: Uint8Array, options: IssueOptions) {
  // Validate before signing, so the token command cannot mint a token the API would refuse.
  const checked = principalFromClaims({ sub: principal.userId, ...principal });
  if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds < 1 || options.ttlSeconds > DEVELOPMENT_MAX_LIFETIME_SECONDS) {
    throw new RangeError(`a development token lasts from 1 second to ${DEVELOPMENT_MAX_LIFETIME_SECONDS / 3600} hours`);
  }
  const issuedAt = Math.floor(options.now.getTime() / 1000);
  return new SignJWT({ role: checked.role, name: checked.name, force: checked.force, region: checked.region, [DEVELOPMENT_CLAIM]: true })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(checked.userId)
    .setIssuer(DEVELOPMENT_ISSUER)
    .setAudience(DEVELOPMENT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .sign(key);
}

/** A refused token. The message is in general words (which kind of check failed), safe to show the client. */
export class InvalidToken extends Error {}

/** The principal a token names, and the instant (ms since the epoch) it stops being valid. */
export interface VerifiedToken {
  principal: Principal;
  expiresAt: number;
}

/** Checks a bearer token's signature and claims at a given instant (the injected clock's). */
export interface TokenVerifier {
  verify(token: string, now: Date): Promise<VerifiedToken>;
}

/** Development and embedded mode: HS256 under STOR's own key, bounded lifetime, never issued in the future. */
export class DevelopmentTokens implements TokenVerifier {
  constructor(
    private readonly key: Uint8Array,
    private readonly maxAgeSeconds = DEVELOPMENT_MAX_LIFETIME_SECONDS,
  ) {}

  async verify(token: string, now: Date): Promise<VerifiedToken> {
    const payload = await refusingInGeneralWords(() =>
      jwtVerify(token, this.key, {
        issuer: DEVELOPMENT_ISSUER,
        audience: DEVELOPMENT_AUDIENCE,
        algorithms: ['HS256'],
        currentDate: now,
        requiredClaims: ['exp', 'iat', 'sub'],
        maxTokenAge: Math.min(this.maxAgeSeconds, DEVELOPMENT_MAX_LIFETIME_SECONDS),
        clockTolerance: CLOCK_SKEW_SECONDS,
      }).then(({ payload }) => {
        strictlyInTime(payload, now, this.maxAgeSeconds);
        return payload;
      }),
    );
    if (payload[DEVELOPMENT_CLAIM] !== true) throw new InvalidToken('The bearer token is not a STOR development token.');
    const exp = payload.exp as number;
    const iat = payload.iat as number;
    if (exp - iat > DEVELOPMENT_MAX_LIFETIME_SECONDS) throw new InvalidToken('The bearer token lasts longer than a development token may.');
    return { principal: tokenPrincipal(payload), expiresAt: Math.min(exp, iat + this.maxAgeSeconds) * 1000 };
  }
}

export async function verifyToken(token: string, key: Uint8Array, now: Date): Promise<Principal> {
  return (await new DevelopmentTokens(key).verify(token, now)).principal;
}

/** The principal a verified token's claims (named as STOR names them) describe; claims STOR cannot use refuse the token. */
export function tokenPrincipal(claims: Record<string, unknown>): Principal {
  try {
    return Object.freeze(principalFromClaims(claims));
  } catch (error) {
    if (error instanceof InvalidClaims) throw new InvalidToken('The bearer token names a role, force, region or user STOR cannot use.');
    throw error;
  }
}

/**
 * jose applies one tolerance to every time claim; the skew is for another machine's `iat` and `nbf`
 * being a little ahead, not for using a token after its `exp` or beyond the maximum age.
 */
export function strictlyInTime(payload: { exp?: number; iat?: number }, now: Date, maxAgeSeconds: number): void {
  const seconds = Math.floor(now.getTime() / 1000);
  if (typeof payload.exp === 'number' && payload.exp <= seconds) throw new errors.JWTExpired('expired', payload, 'exp');
  if (typeof payload.iat === 'number' && seconds - payload.iat > maxAgeSeconds) throw new errors.JWTExpired('too old', payload, 'iat');
}

/**
 * Runs a jose verification, turning its refusals into InvalidToken in general words: which kind of
 * check failed, never which key, claim value or expected value (that would help a forger).
 */
export async function refusingInGeneralWords<T>(verify: () => Promise<T>): Promise<T> {
  try {
    return await verify();
  } catch (error) {
    throw new InvalidToken(generalWords(error));
  }
}

function generalWords(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat' ? 'The bearer token was issued too long ago.' : 'The bearer token has expired.';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return 'The bearer token lacks a claim STOR requires.';
    switch (error.claim) {
      case 'nbf':
        return 'The bearer token is not valid yet.';
      case 'iat':
        return 'The bearer token was issued in the future.';
      case 'iss':
      case 'aud':
        return 'The bearer token is not for this service.';
      default:
        return 'The bearer token lacks a claim STOR requires, or one is malformed.';
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The bearer token is signed with an algorithm STOR does not accept.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The bearer token is signed with a key STOR does not know.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The bearer token signature is not valid.';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'The keys to check the bearer token could not be fetched.';
  return 'The bearer token is not a well-formed signed token.';
}

/**
 * Tokens already verified, each until it expires: an officer's phone sends the same token with
 * every check, and checking its signature again cost more than the rest of the guard. The token
 * is the key, whole, so only the very string verified before is trusted; a forged or altered one
 * is a different key and is verified in full.
 */
export class VerifiedTokens {
  private readonly known = new Map<string, VerifiedToken>();
  private readonly verifier: TokenVerifier;

  constructor(
    verifier: TokenVerifier | Uint8Array,
    private readonly limit = 10_000,
  ) {
    this.verifier = verifier instanceof Uint8Array ? new DevelopmentTokens(verifier) : verifier;
  }

  async verify(token: string, now: Date): Promise<Principal> {
    const known = this.known.get(token);
    if (known && now.getTime() < known.expiresAt) return known.principal;
    if (known) this.known.delete(token);
    const verified = await this.verifier.verify(token, now);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(token, verified);
    return verified.principal;
  }
}
