import { hkdfSync } from 'node:crypto';
import Tokens from '@fastify/csrf';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { type Principal, principalFromClaims } from '#identity';

/** What a browser's session cookie holds: who signed in (if anyone) and the secret its forms' CSRF tokens derive from. */
export interface WebSession {
  principal: Principal | null;
  csrfSecret: string;
  /** A sign-in through the issuer that this browser began and has not finished (OpenID Connect). */
  signingIn?: PendingSignIn;
}

/** What only this browser knows about its sign-in at the issuer: checked when the issuer sends it back. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  /** PKCE: the secret whose hash went to the issuer; the code is worth nothing without it. */
  codeVerifier: string;
  /** Where to go afterwards (a path on this site). */
  next: string;
  /** Seconds since the epoch; an old one is not honoured. */
  startedAt: number;
}

export const SESSION_COOKIE = 'stor_session';
/** A working shift; the officer signs in again after it. */
export const SESSION_HOURS = 10;

/**
 * The session lives in the cookie itself, encrypted and authenticated (JWE, A256GCM) under a key
 * derived from STOR's signing key, so any API instance can read it and nothing is stored server-side.
 */
export class SessionSeal {
  private readonly key: Uint8Array;
  private readonly csrf = Tokens();

  constructor(signingKey: Uint8Array) {
    this.key = new Uint8Array(hkdfSync('sha256', signingKey, 'stor', 'stor web session v1', 32));
  }

  fresh(principal: Principal | null): WebSession {
    return { principal, csrfSecret: this.csrf.secretSync() };
  }

  async seal(session: WebSession, now: Date): Promise<string> {
    const seconds = Math.floor(now.getTime() / 1000);
    return new EncryptJWT({ principal: session.principal, csrf: session.csrfSecret, ...(session.signingIn ? { signingIn: session.signingIn } : {}) })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + SESSION_HOURS * 3600)
      .encrypt(this.key);
  }

  /** The session a cookie holds, or null when it is absent, tampered with, expired or malformed. */
  async open(cookie: string | undefined, now: Date): Promise<WebSession | null> {
    if (!cookie || cookie.length > 4096) return null;
    try {
      const { payload } = await jwtDecrypt(cookie, this.key, { currentDate: now });
      if (typeof payload.csrf !== 'string') return null;
      const claims = payload.principal as Record<string, unknown> | null;
      const principal = claims ? principalFromClaims({ ...claims, sub: claims.userId }) : null;
      const signingIn = pendingSignIn(payload.signingIn);
      return { principal, csrfSecret: payload.csrf, ...(signingIn ? { signingIn } : {}) };
    } catch {
      return null;
    }
  }

  csrfToken(session: WebSession): string {
    return this.csrf.create(session.csrfSecret);
  }

  csrfValid(session: WebSession, token: unknown): boolean {
    return typeof token === 'string' && token.length <= 200 && this.csrf.verify(session.csrfSecret, token);
  }
}

function pendingSignIn(value: unknown): PendingSignIn | null {
  if (typeof value !== 'object' || value === null) return null;
  const pending = value as Record<string, unknown>;
  const texts = ['state', 'nonce', 'codeVerifier', 'next'] as const;
  if (!texts.every((key) => typeof pending[key] === 'string') || typeof pending.startedAt !== 'number') return null;
  return { state: pending.state as string, nonce: pending.nonce as string, codeVerifier: pending.codeVerifier as string, next: pending.next as string, startedAt: pending.startedAt };
}
