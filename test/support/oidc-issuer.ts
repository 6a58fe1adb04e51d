import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { OidcConfig } from '#platform';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

export interface TestUser {
  sub: string;
  name?: string;
  role: string;
  force?: string;
  region?: string;
}

interface IssuedCode {
  user: TestUser;
  clientId: string;
  redirectUri: string;
  nonce: string;
  codeChallenge: string;
}

/**
 * A small but real OpenID Connect issuer on loopback, for the tests: discovery, a JWKS (RS256 and
 * ES256 keys, more added by `rotate`), an authorize endpoint that signs in the user the test chose
 * (`signInAs`), and a token endpoint that honours a code once, with its PKCE verifier and the client's secret.
 */
export class TestIssuer {
  readonly clientId = 'stor-web';
  readonly clientSecret = 'a-client-secret-for-the-test-issuer';
  /** How often the JWKS was fetched. */
  jwksFetches = 0;
  /** Whom the authorize endpoint signs in next. */
  signingIn: TestUser | null = null;
  private readonly keys = new Map<string, { alg: 'RS256' | 'ES256'; privateKey: PrivateKey; jwk: JWK }>();
  private readonly codes = new Map<string, IssuedCode>();
  /** The instant the issuer's tokens say they were issued (STOR's test clock, so time agrees). */
  now: () => Date = () => new Date();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<TestIssuer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = new TestIssuer(server, `http://127.0.0.1:${(server.address() as { port: number }).port}`);
    server.on('request', (request, response) => {
      issuer.handle(request, response).catch(() => {
        response.statusCode = 500;
        response.end();
      });
    });
    await issuer.rotate('rsa-1', 'RS256');
    await issuer.rotate('ec-1', 'ES256');
    return issuer;
  }

  /** STOR's configuration for this issuer. */
  config(): OidcConfig {
    return {
      issuer: this.url,
      audience: 'stor-api',
      jwksUrl: `${this.url}/jwks`,
      claims: { role: 'role', force: 'force', region: 'region', user: 'sub' },
      clientId: this.clientId,
      clientSecret: this.clientSecret,
      jwksCooldownMs: 1_000,
    };
  }

  /** Publishes a new signing key under `kid`. */
  async rotate(kid: string, alg: 'RS256' | 'ES256'): Promise<void> {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    this.keys.set(kid, { alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } });
  }

  /** A token as this issuer signs them (audience stor-api unless told), with the claims and times given. */
  async token(
    claims: Record<string, unknown>,
    options: { kid?: string; audience?: string; issuer?: string; issuedAt?: Date; ttlSeconds?: number | null; notBefore?: Date; key?: PrivateKey } = {},
  ): Promise<string> {
    const kid = options.kid ?? 'rsa-1';
    const key = this.keys.get(kid);
    const issuedAt = Math.floor((options.issuedAt ?? this.now()).getTime() / 1000);
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: key?.alg ?? 'RS256', kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? this.url)
      .setAudience(options.audience ?? 'stor-api')
      .setIssuedAt(issuedAt);
    if (options.ttlSeconds !== null) jwt = jwt.setExpirationTime(issuedAt + (options.ttlSeconds ?? 3600));
    if (options.notBefore) jwt = jwt.setNotBefore(Math.floor(options.notBefore.getTime() / 1000));
    const signingKey = options.key ?? key?.privateKey;
    if (!signingKey) throw new Error(`no key ${kid}: pass one`);
    return jwt.sign(signingKey);
  }

  /** A private key the issuer never published. */
  async strayKey(): Promise<PrivateKey> {
    return (await generateKeyPair('RS256')).privateKey;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer: this.url,
        authorization_endpoint: `${this.url}/authorize`,
        token_endpoint: `${this.url}/token`,
        jwks_uri: `${this.url}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
        id_token_signing_alg_values_supported: ['RS256', 'ES256'],
      });
    }
    if (url.pathname === '/jwks') {
      this.jwksFetches += 1;
      return json(200, { keys: [...this.keys.values()].map((key) => key.jwk) });
    }
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      if (q.get('response_type') !== 'code' || q.get('client_id') !== this.clientId || q.get('code_challenge_method') !== 'S256' || !this.signingIn || !q.get('state')) {
        return json(400, { error: 'invalid_request' });
      }
      const code = randomBytes(16).toString('base64url');
      this.codes.set(code, { user: this.signingIn, clientId: this.clientId, redirectUri, nonce: q.get('nonce') ?? '', codeChallenge: q.get('code_challenge') ?? '' });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      response.writeHead(302, { location: back.toString() });
      return void response.end();
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      let text = '';
      for await (const chunk of request) text += String(chunk);
      const form = new URLSearchParams(text);
      const expected = `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`;
      if (request.headers.authorization !== expected) return json(401, { error: 'invalid_client' });
      const code = form.get('code') ?? '';
      const issued = this.codes.get(code);
      this.codes.delete(code);
      const verifier = form.get('code_verifier') ?? '';
      if (
        form.get('grant_type') !== 'authorization_code' ||
        !issued ||
        issued.redirectUri !== form.get('redirect_uri') ||
        createHash('sha256').update(verifier).digest('base64url') !== issued.codeChallenge
      ) {
        return json(400, { error: 'invalid_grant' });
      }
      const idToken = await this.token({ ...issued.user, nonce: issued.nonce }, { audience: this.clientId });
      return json(200, { access_token: randomBytes(16).toString('base64url'), token_type: 'Bearer', expires_in: 3600, id_token: idToken });
    }
    json(404, { error: 'not_found' });
  }
}
