import { jwtVerify, SignJWT } from 'jose';
import { type Principal, principalFromClaims } from './principal.js';

const ISSUER = 'stor';
const AUDIENCE = 'stor-api';

export interface IssueOptions {
  now: Date;
  ttlSeconds: number;
}

/** Signs a token for a user as the claims describe them (force and region as written; checked before signing). */
export async function issueToken(principal: Omit<Principal, 'force' | 'region'> & { force?: string; region?: string }, key: Uint8Array, options: IssueOptions) {
  // Validate before signing, so the token command cannot mint a token the API would refuse.
  const checked = principalFromClaims({ sub: principal.userId, ...principal });
  const issuedAt = Math.floor(options.now.getTime() / 1000);
  return new SignJWT({ role: checked.role, name: checked.name, force: checked.force, region: checked.region })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(checked.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .sign(key);
}

export class InvalidToken extends Error {}

export async function verifyToken(token: string, key: Uint8Array, now: Date): Promise<Principal> {
  return (await verifyTokenUntil(token, key, now)).principal;
}

/** The principal a token names, and the instant (ms since the epoch) it stops being valid. */
async function verifyTokenUntil(token: string, key: Uint8Array, now: Date): Promise<{ principal: Principal; expiresAt: number }> {
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
      requiredClaims: ['exp'],
    });
    return { principal: Object.freeze(principalFromClaims(payload as Record<string, unknown>)), expiresAt: (payload.exp as number) * 1000 };
  } catch (error) {
    throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
  }
}

/**
 * Tokens already verified, each until it expires: an officer's phone sends the same token with
 * every check, and checking its signature again cost more than the rest of the guard. The token
 * is the key, whole, so only the very string verified before is trusted; a forged or altered one
 * is a different key and is verified in full.
 */
export class VerifiedTokens {
  private readonly known = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(
    private readonly key: Uint8Array,
    private readonly limit = 10_000,
  ) {}

  async verify(token: string, now: Date): Promise<Principal> {
    const known = this.known.get(token);
    if (known && now.getTime() < known.expiresAt) return known.principal;
    if (known) this.known.delete(token);
    const verified = await verifyTokenUntil(token, this.key, now);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(token, verified);
    return verified.principal;
  }
}
