import { type StorResponse, StorTestApp } from './support/stor-app.js';
import { TestIssuer } from './support/oidc-issuer.js';

// STOR in OpenID Connect mode (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL set) against a real issuer
// on loopback: bearer tokens from the issuer, every kind of bad token refused, a key rotation
// picked up, and the web front's sign-in through the issuer, followed by hand with fetch.
let issuer: TestIssuer;
let stor: StorTestApp;
const kentOfficer = { sub: 'staff-4471', name: 'PC Amy Jones', role: 'officer', force: 'kent' };

beforeAll(async () => {
  issuer = await TestIssuer.start();
  stor = await StorTestApp.start({ config: { oidc: issuer.config(), webSignIn: 'oidc' } });
  issuer.now = () => stor.clock.now();
});

afterAll(async () => {
  await stor?.stop();
  await issuer?.stop();
});

const check = (token: string) => stor.request('GET', '/api/subjects/check?name=Jan', { token });

function expectRefused(answer: StorResponse): void {
  expect(answer.status).toBe(401);
  expect(answer.contentType).toContain('application/problem+json');
  // General words only: never the issuer, audience or key ids STOR expected.
  expect(JSON.stringify(answer.body)).not.toContain(issuer.url);
  expect(JSON.stringify(answer.body)).not.toContain('rsa-1');
}

describe('bearer tokens from the issuer', () => {
  test.each(['rsa-1', 'ec-1'])('a token signed with the issuer key %s is accepted, and the audit trail names the user', async (kid) => {
    const answer = await check(await issuer.token(kentOfficer, { kid }));
    expect(answer.status).toBe(200);
  });

  test('the claims name the user: two people with the same name are two actors', async () => {
    const national = await issuer.token({ sub: 'staff-1', name: 'Sam Smith', role: 'national' });
    const auditor = await issuer.token({ sub: 'staff-9', name: 'Ann Audit', role: 'auditor' });
    expect((await check(await issuer.token({ sub: 'staff-2', name: 'Sam Smith', role: 'national' }))).status).toBe(200);
    expect((await check(national)).status).toBe(200);
    const trail = await stor.request('GET', '/api/audit?limit=50', { token: auditor });
    expect(trail.status).toBe(200);
    const actors = JSON.stringify(trail.body);
    expect(actors).toContain('staff-1');
    expect(actors).toContain('staff-2');
  });

  const year = 365 * 86_400_000;
  test.each([
    ['expired', () => issuer.token(kentOfficer, { issuedAt: new Date(stor.clock.now().getTime() - 7_200_000), ttlSeconds: 3600 })],
    ['not valid yet', () => issuer.token(kentOfficer, { notBefore: new Date(stor.clock.now().getTime() + 3_600_000) })],
    ['without exp', () => issuer.token(kentOfficer, { ttlSeconds: null })],
    ['issued 13 hours ago (older than the maximum age)', () => issuer.token(kentOfficer, { issuedAt: new Date(stor.clock.now().getTime() - 13 * 3_600_000), ttlSeconds: 14 * 3600 })],
    ['issued a year ahead', () => issuer.token(kentOfficer, { issuedAt: new Date(stor.clock.now().getTime() + year) })],
    ['for another audience', () => issuer.token(kentOfficer, { audience: 'another-api' })],
    ['from another issuer', () => issuer.token(kentOfficer, { issuer: 'https://evil.example' })],
    ['signed by a key the issuer never published (unknown kid)', async () => issuer.token(kentOfficer, { kid: 'stray', key: await issuer.strayKey() })],
    ['a ROCU user for the region named national', () => issuer.token({ sub: 'staff-5', role: 'rocu', region: 'national' })],
    ['an officer of a force that does not exist', () => issuer.token({ sub: 'staff-6', role: 'officer', force: 'atlantis' })],
  ])('a token %s is 401', async (_what, make) => {
    expectRefused(await check(await make()));
  });

  test('a tampered token (payload changed after signing) is 401', async () => {
    const [header, payload, signature] = (await issuer.token(kentOfficer)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, role: 'national' })).toString('base64url');
    expectRefused(await check(`${header}.${raised}.${signature}`));
  });

  test('an unsigned token (alg none) and an HMAC token are 401', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const seconds = Math.floor(stor.clock.now().getTime() / 1000);
    const claims = { ...kentOfficer, iss: issuer.url, aud: 'stor-api', iat: seconds, exp: seconds + 3600 };
    expectRefused(await check(`${encode({ alg: 'none' })}.${encode(claims)}.`));
    const hmac = await stor.forgeToken({ sub: 'staff-7', role: 'national' }, { issuer: issuer.url, secret: 'a-secret-that-is-long-enough-for-hs256-signing' });
    expectRefused(await check(hmac));
  });

  test('a development token (the `token` command\'s) is 401', async () => {
    expectRefused(await check(await stor.token({ role: 'national' })));
  });

  test('a new signing key is picked up after one refetch of the JWKS; unknown kids after it cost no more fetches within the cooldown', async () => {
    expect((await check(await issuer.token(kentOfficer))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the 1 s cooldown this STOR is configured with
    await issuer.rotate('ec-2', 'ES256');
    const before = issuer.jwksFetches;
    expect((await check(await issuer.token(kentOfficer, { kid: 'ec-2' }))).status).toBe(200);
    expect(issuer.jwksFetches - before).toBe(1);
    const stray = await issuer.strayKey();
    for (let i = 0; i < 5; i++) expectRefused(await check(await issuer.token(kentOfficer, { kid: `made-up-${i}`, key: stray })));
    expect(issuer.jwksFetches - before).toBe(1);
  });
});

/** A browser without a browser: follows redirects by hand and keeps each site's cookies. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async get(url: string): Promise<Response> {
    return this.send(url);
  }

  async post(url: string, fields: Record<string, string>): Promise<Response> {
    return this.send(url, new URLSearchParams(fields).toString());
  }

  private async send(url: string, form?: string): Promise<Response> {
    const origin = new URL(url).origin;
    const headers: Record<string, string> = this.cookies.has(origin) ? { cookie: this.cookies.get(origin)! } : {};
    if (form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, { method: form === undefined ? 'GET' : 'POST', headers, body: form, redirect: 'manual' });
    const set = response.headers.getSetCookie().find((cookie) => cookie.startsWith('stor_session='));
    if (set) this.cookies.set(origin, set.split(';')[0]);
    return response;
  }

  /** Follows redirects from `url` until a page answers; the addresses visited, in order. */
  async follow(url: string): Promise<{ response: Response; visited: string[] }> {
    const visited = [url];
    let response = await this.get(url);
    while (response.status >= 300 && response.status < 400 && visited.length < 10) {
      const next = new URL(response.headers.get('location')!, visited.at(-1)).toString();
      visited.push(next);
      response = await this.get(next);
    }
    return { response, visited };
  }
}

describe('the web front signs in through the issuer', () => {
  test('the sign-in page offers the force account, not the development form', async () => {
    const page = await fetch(`${stor.baseUrl}/sign-in`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Sign in with your force account');
    expect(html).not.toContain('name="role"');
  });

  test('an officer signs in at the issuer, comes back to the page they asked for, and signs out', async () => {
    issuer.signingIn = kentOfficer;
    const browser = new Browser();
    const asked = await browser.follow(`${stor.baseUrl}/alerts`);
    expect(asked.visited.at(-1)).toBe(`${stor.baseUrl}/sign-in?next=%2Falerts`);
    const { response, visited } = await browser.follow(`${stor.baseUrl}/sign-in/start?next=%2Falerts`);
    const authorize = new URL(visited[1]);
    expect(authorize.origin + authorize.pathname).toBe(`${issuer.url}/authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(visited).toContain(`${stor.baseUrl}/alerts`);
    expect(visited.at(-1)).toBe(`${stor.baseUrl}/forces/kent/alerts`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('PC Amy Jones');

    const page = await browser.get(`${stor.baseUrl}/forces/kent/alerts`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const signedOut = await browser.post(`${stor.baseUrl}/sign-out`, { _csrf: csrf });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/sign-in');
    const after = await browser.get(`${stor.baseUrl}/forces/kent/alerts`);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/sign-in/);
  });

  test('a forged state is refused and signs no one in', async () => {
    issuer.signingIn = { sub: 'staff-1', name: 'Sam Smith', role: 'national' };
    const browser = new Browser();
    const started = await browser.get(`${stor.baseUrl}/sign-in/start`);
    const authorize = new URL(started.headers.get('location')!);
    authorize.searchParams.set('state', 'forged-state');
    const atIssuer = await browser.get(authorize.toString());
    const back = await browser.get(atIssuer.headers.get('location')!);
    expect(back.status).toBe(403);
    expect(await back.text()).toContain('did not start here');
    const after = await browser.get(`${stor.baseUrl}/statistics`);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/sign-in/);
  });

  test('a sign-in finished more than 10 minutes after it began is refused', async () => {
    issuer.signingIn = { sub: 'staff-1', name: 'Sam Smith', role: 'national' };
    const browser = new Browser();
    const started = await browser.get(`${stor.baseUrl}/sign-in/start`);
    const atIssuer = await browser.get(started.headers.get('location')!);
    stor.clock.set(new Date(stor.clock.now().getTime() + 11 * 60_000));
    const back = await browser.get(atIssuer.headers.get('location')!);
    expect(back.status).toBe(403);
  });

  test('a callback from another browser (no sign-in begun there) is refused, even with a real code and state', async () => {
    issuer.signingIn = { sub: 'staff-1', name: 'Sam Smith', role: 'national' };
    const victim = new Browser();
    const started = await victim.get(`${stor.baseUrl}/sign-in/start`);
    const atIssuer = await victim.get(started.headers.get('location')!);
    const attacker = new Browser();
    const back = await attacker.get(atIssuer.headers.get('location')!);
    expect(back.status).toBe(403);
  });
});
