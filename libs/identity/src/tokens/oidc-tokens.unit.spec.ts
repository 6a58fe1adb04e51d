import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { OidcConfig } from '#platform';
import { InvalidToken, issueToken } from './bearer-tokens.js';
import { IssuerTokens } from './oidc-tokens.js';

// A JWKS served from loopback, as an issuer serves it; `served` counts how often STOR fetched it.
let server: Server;
let jwksUrl: string;
let published: JWK[] = [];
let served = 0;
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let rsa: PrivateKey;
let ec: PrivateKey;
let unpublished: PrivateKey;

const issuer = 'https://id.police.example';
const now = new Date('2026-03-14T09:00:00Z');
const seconds = Math.floor(now.getTime() / 1000);
const officer = { sub: 'u-1234', name: 'PC Jones', role: 'officer', force: 'kent' };

beforeAll(async () => {
  const rs = await generateKeyPair('RS256');
  const es = await generateKeyPair('ES256');
  rsa = rs.privateKey;
  ec = es.privateKey;
  unpublished = (await generateKeyPair('RS256')).privateKey;
  published = [
    { ...(await exportJWK(rs.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(es.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  server = createServer((_request, response) => {
    served += 1;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function config(claims: Partial<OidcConfig['claims']> = {}, jwksCooldownMs = 30_000): OidcConfig {
  return { issuer, audience: 'stor-api', jwksUrl, claims: { role: 'role', force: 'force', region: 'region', user: 'sub', ...claims }, clientId: null, clientSecret: null, jwksCooldownMs };
}

interface Signing {
  key?: PrivateKey | Uint8Array;
  alg?: string;
  kid?: string;
  iat?: number | null;
  exp?: number | null;
  nbf?: number;
  iss?: string;
  aud?: string;
}

async function sign(claims: Record<string, unknown>, options: Signing = {}): Promise<string> {
  const alg = options.alg ?? 'RS256';
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg, kid: options.kid ?? (alg === 'ES256' ? 'ec-1' : 'rsa-1'), typ: 'JWT' })
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? 'stor-api');
  if (options.iat !== null) jwt = jwt.setIssuedAt(options.iat ?? seconds - 60);
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? seconds + 3600);
  if (options.nbf !== undefined) jwt = jwt.setNotBefore(options.nbf);
  return jwt.sign(options.key ?? (alg === 'ES256' ? ec : rsa));
}

const verifier = (claims?: Partial<OidcConfig['claims']>, cooldownMs?: number) => new IssuerTokens(config(claims, cooldownMs), 12 * 3600);

describe('tokens from the OpenID Connect issuer', () => {
  test.each(['RS256', 'ES256'])('given a %s token from the issuer, then it names the officer, force and region', async (alg) => {
    const { principal, expiresAt } = await verifier().verify(await sign(officer, { alg }), now);
    expect(principal).toEqual({ userId: 'u-1234', name: 'PC Jones', role: 'officer', force: 'kent', region: 'eastern' });
    expect(expiresAt).toBe((seconds + 3600) * 1000);
  });

  test('given claim names configured, then the role, force and user come from those claims, and the name falls back to the user id', async () => {
    const token = await sign({ sub: 'ignored', oid: 'staff-77', stor_role: 'rocu', stor_region: 'wales' });
    const { principal } = await verifier({ role: 'stor_role', region: 'stor_region', user: 'oid' }).verify(token, now);
    expect(principal).toEqual({ userId: 'staff-77', name: 'staff-77', role: 'rocu', region: 'wales' });
  });

  const refusals: [string, () => Promise<string>, RegExp][] = [
    ['expired', () => sign(officer, { iat: seconds - 7200, exp: seconds - 3600 }), /expired/],
    ['not valid yet (nbf an hour ahead)', () => sign(officer, { nbf: seconds + 3600 }), /not valid yet/],
    ['without exp', () => sign(officer, { exp: null }), /lacks a claim/],
    ['without iat', () => sign(officer, { iat: null }), /lacks a claim/],
    ['issued more than 12 hours ago, though not expired', () => sign(officer, { iat: seconds - 13 * 3600, exp: seconds + 3600 }), /too long ago/],
    ['issued in the future beyond the clock skew', () => sign(officer, { iat: seconds + 600 }), /in the future/],
    ['for another audience', () => sign(officer, { aud: 'another-api' }), /not for this service/],
    ['from another issuer', () => sign(officer, { iss: 'https://evil.example' }), /not for this service/],
    ['signed with HMAC (HS256)', () => sign(officer, { alg: 'HS256', key: new TextEncoder().encode('a-secret-that-is-long-enough-for-hs256-signing') }), /algorithm/],
    ['signed by a key the issuer does not publish', () => sign(officer, { kid: 'rsa-unknown', key: unpublished }), /key STOR does not know/],
    ['signed by an unpublished key under a published kid', () => sign(officer, { key: unpublished }), /signature/],
    ['a ROCU user for the region named national', () => sign({ sub: 'u-9', role: 'rocu', region: 'national' }), /role, force, region/],
    ['an officer of a force that does not exist', () => sign({ sub: 'u-9', role: 'officer', force: 'atlantis' }), /role, force, region/],
    ['with no user id', () => sign({ role: 'national' }), /role, force, region or user/],
  ];

  test.each(refusals)('given a token %s, then it is refused in general words', async (_what, make, words) => {
    await expect(verifier().verify(await make(), now)).rejects.toThrow(words);
    await expect(verifier().verify(await make(), now)).rejects.toBeInstanceOf(InvalidToken);
  });

  test('given an unsigned token (alg none), then it is refused', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ ...officer, iss: issuer, aud: 'stor-api', iat: seconds, exp: seconds + 3600 })}.`;
    await expect(verifier().verify(unsigned, now)).rejects.toBeInstanceOf(InvalidToken);
  });

  test('given a token whose payload was altered after signing, then it is refused', async () => {
    const [header, , signature] = (await sign(officer)).split('.');
    const payload = Buffer.from(JSON.stringify({ ...officer, role: 'national', iss: issuer, aud: 'stor-api', iat: seconds, exp: seconds + 3600 })).toString('base64url');
    await expect(verifier().verify(`${header}.${payload}.${signature}`, now)).rejects.toThrow(/signature/);
  });

  test('given a development token, then the issuer mode refuses it', async () => {
    const development = await issueToken({ userId: 'dev-1', name: 'Dev', role: 'national' }, new TextEncoder().encode('a-secret-that-is-long-enough-for-hs256-signing'), { now, ttlSeconds: 3600 });
    await expect(verifier().verify(development, now)).rejects.toBeInstanceOf(InvalidToken);
  });

  test('given a stream of tokens naming unknown key ids, then the JWKS is fetched once, and they are all refused', async () => {
    const tokens = verifier();
    const before = served;
    for (let i = 0; i < 5; i++) {
      await expect(tokens.verify(await sign(officer, { kid: `made-up-${i}`, key: unpublished }), now)).rejects.toBeInstanceOf(InvalidToken);
    }
    expect(served - before).toBe(1);
  });

  test('given the issuer rotates to a new key, then its first token is accepted after one refetch', async () => {
    const tokens = verifier(undefined, 50);
    await tokens.verify(await sign(officer), now);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const rotated = await generateKeyPair('ES256');
    published = [...published, { ...(await exportJWK(rotated.publicKey)), kid: 'ec-2', alg: 'ES256', use: 'sig' }];
    const before = served;
    const { principal } = await tokens.verify(await sign(officer, { alg: 'ES256', kid: 'ec-2', key: rotated.privateKey }), now);
    expect(principal.userId).toBe('u-1234');
    expect(served - before).toBe(1);
  });

  test('given an ID token from the web sign-in, then its audience is the web client and its nonce must be the sign-in\'s', async () => {
    const tokens = verifier();
    const idToken = await sign({ ...officer, nonce: 'n-1' }, { aud: 'stor-web' });
    await expect(tokens.verifyIdToken(idToken, now, { clientId: 'stor-web', nonce: 'n-1' })).resolves.toMatchObject({ userId: 'u-1234' });
    await expect(tokens.verifyIdToken(idToken, now, { clientId: 'stor-web', nonce: 'n-2' })).rejects.toBeInstanceOf(InvalidToken);
    await expect(tokens.verifyIdToken(idToken, now, { clientId: 'other-client', nonce: 'n-1' })).rejects.toBeInstanceOf(InvalidToken);
  });
});
