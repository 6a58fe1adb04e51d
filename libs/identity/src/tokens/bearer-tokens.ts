import { jwtVerify, SignJWT } from 'jose';
import { type Principal, principalFromClaims } from './principal.js';

const ISSUER = 'stor';
const AUDIENCE = 'stor-api';

export interface IssueOptions {
  now: Date;
  ttlSeconds: number;
}

export async function issueToken(principal: Omit<Principal, 'region'> & { region?: string }, key: Uint8Array, options: IssueOptions) {
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
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    });
    return principalFromClaims(payload as Record<string, unknown>);
  } catch (error) {
    throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
  }
}
