import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InvalidToken, IssuerTokens, type Principal, TOKEN_VERIFIER, type TokenVerifier } from '#identity';
import { STOR_CONFIG, type StorConfig } from '#platform';
import type { PendingSignIn } from '../session/web-session.js';

/** A sign-in begun longer ago than this is not finished: the officer starts again. */
export const SIGN_IN_MINUTES = 10;

/** The issuer did not answer, or answered with something that is not OpenID Connect. */
export class IssuerUnavailable extends Error {}

/** The issuer's answer does not finish this browser's sign-in: forged, replayed, too late, or refused by the issuer. */
export class SignInRefused extends Error {}

interface Discovery {
  authorizationEndpoint: string;
  tokenEndpoint: string;
}

/**
 * The web front's sign-in through the OpenID Connect issuer: authorization code flow with PKCE,
 * state and nonce. The ID token is checked by the same rules (and the same JWKS) as bearer tokens,
 * with the web client as its audience. Built on jose and fetch: the flow is small.
 */
@Injectable()
export class IssuerSignIn {
  private discovery: Promise<Discovery> | null = null;

  constructor(
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
  ) {}

  /** Whether this STOR signs people in through an issuer it can talk to (AUTH_ISSUER and AUTH_CLIENT_ID set). */
  get configured(): boolean {
    return Boolean(this.config.oidc?.clientId) && this.tokens instanceof IssuerTokens;
  }

  /** Where to send the browser, and what its session must remember until it comes back. */
  async begin(redirectUri: string, next: string, now: Date): Promise<{ location: string; pending: PendingSignIn }> {
    const { authorizationEndpoint } = await this.discover();
    const pending: PendingSignIn = {
      state: randomBytes(24).toString('base64url'),
      nonce: randomBytes(24).toString('base64url'),
      codeVerifier: randomBytes(32).toString('base64url'),
      next,
      startedAt: Math.floor(now.getTime() / 1000),
    };
    const location = new URL(authorizationEndpoint);
    location.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.clientId(),
      redirect_uri: redirectUri,
      scope: 'openid profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: createHash('sha256').update(pending.codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { location: location.toString(), pending };
  }

  /** The user the issuer signed in, once the state matches, the code is exchanged and the ID token verifies. */
  async finish(query: { code?: unknown; state?: unknown; error?: unknown }, pending: PendingSignIn | undefined, redirectUri: string, now: Date): Promise<Principal> {
    if (!pending || typeof query.state !== 'string' || !sameText(query.state, pending.state)) throw new SignInRefused('state');
    if (Math.floor(now.getTime() / 1000) - pending.startedAt > SIGN_IN_MINUTES * 60) throw new SignInRefused('too late');
    if (query.error !== undefined || typeof query.code !== 'string' || query.code.length === 0 || query.code.length > 2048) throw new SignInRefused('no code');
    const { tokenEndpoint } = await this.discover();
    const form = new URLSearchParams({ grant_type: 'authorization_code', code: query.code, redirect_uri: redirectUri, code_verifier: pending.codeVerifier, client_id: this.clientId() });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const secret = this.config.oidc?.clientSecret;
    if (secret) headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(this.clientId())}:${encodeURIComponent(secret)}`).toString('base64')}`;
    const answer = await this.fetchJson(tokenEndpoint, { method: 'POST', headers, body: form.toString() });
    if (answer.status >= 400 && answer.status < 500) throw new SignInRefused('code refused');
    const idToken = answer.body.id_token;
    if (answer.status !== 200 || typeof idToken !== 'string') throw new IssuerUnavailable('token endpoint');
    try {
      return await (this.tokens as IssuerTokens).verifyIdToken(idToken, now, { clientId: this.clientId(), nonce: pending.nonce });
    } catch (error) {
      if (error instanceof InvalidToken) throw new SignInRefused('id token');
      throw error;
    }
  }

  private clientId(): string {
    const clientId = this.config.oidc?.clientId;
    if (!clientId) throw new IssuerUnavailable('no client id');
    return clientId;
  }

  /** The issuer's endpoints, from its discovery document (fetched once; again after a failure). */
  private discover(): Promise<Discovery> {
    this.discovery ??= this.fetchDiscovery().catch((error: unknown) => {
      this.discovery = null;
      throw error;
    });
    return this.discovery;
  }

  private async fetchDiscovery(): Promise<Discovery> {
    const issuer = this.config.oidc?.issuer;
    if (!issuer) throw new IssuerUnavailable('no issuer');
    const { status, body } = await this.fetchJson(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { headers: { accept: 'application/json' } });
    // The document must be the configured issuer's own (OpenID Connect Discovery §4.3).
    if (status !== 200 || body.issuer !== issuer || typeof body.authorization_endpoint !== 'string' || typeof body.token_endpoint !== 'string') {
      throw new IssuerUnavailable('discovery');
    }
    return { authorizationEndpoint: body.authorization_endpoint, tokenEndpoint: body.token_endpoint };
  }

  private async fetchJson(url: string, init: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
    try {
      const response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(5_000) });
      const text = await textOfAtMost(response, MOST_ANSWER_BYTES);
      const body: unknown = text ? JSON.parse(text) : {};
      return { status: response.status, body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {} };
    } catch (error) {
      if (error instanceof IssuerUnavailable) throw error;
      throw new IssuerUnavailable(`issuer did not answer (${(error as Error).name})`);
    }
  }
}

/** Compares without leaking, through timing, how much of a guessed state was right. */
function sameText(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/** More than any discovery document or token answer: a larger one is not an issuer's. */
const MOST_ANSWER_BYTES = 100_000;

/** The answer's text, read only as far as `most` bytes: a hostile or broken issuer cannot make STOR read a huge reply. */
async function textOfAtMost(response: Response, most: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > most) {
      await reader.cancel().catch(() => undefined);
      throw new IssuerUnavailable('answer too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
