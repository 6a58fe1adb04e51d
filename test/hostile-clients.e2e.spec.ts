import { connect } from 'node:net';
import { StorTestApp, type StorResponse } from './support/stor-app.js';
import { anOrder, expectProblem, stopAndCheckEveryResponse } from './support/stor-steps.js';
import { hiddenField } from './support/web-session.js';

// A client that sends too much, too fast, or too big. Each test speaks from its own address
// (X-Forwarded-For, believed because TRUST_PROXY is on), so one test's spent budget is not the next's.
let stor: StorTestApp;

beforeAll(async () => {
  stor = await StorTestApp.start({ config: { trustProxy: true, rateLimitChecksPerMinutePerAddress: 100, rateLimitFailedAuthPerMinute: 30 } });
});

afterAll(async () => {
  await stopAndCheckEveryResponse(stor);
});

const from = (address: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': `${address}, 10.9.9.9`, ...extra });
const checkFrom = (address: string, token: string) =>
  stor.request('GET', '/api/subjects/check?name=Jan%20Kowalski', { token, headers: from(address) });

/** A browser without a browser, at a given address: keeps its session cookie, posts forms with the page's CSRF token. */
async function browserFrom(address: string) {
  let cookie = '';
  let csrf = '';
  const send = async (method: string, path: string, fields?: Record<string, string>) => {
    const headers: Record<string, string> = from(address, cookie ? { cookie } : {});
    if (fields) headers['content-type'] = 'application/x-www-form-urlencoded';
    const body = fields ? new URLSearchParams({ _csrf: csrf, ...fields }).toString() : undefined;
    const response = await fetch(`${stor.baseUrl}${path}`, { method, headers, body, redirect: 'manual' });
    const set = response.headers.getSetCookie().find((one) => one.startsWith('stor_session='));
    if (set) cookie = set.split(';')[0];
    const html = await response.text();
    return { status: response.status, html, contentType: response.headers.get('content-type') ?? '', retryAfter: response.headers.get('retry-after') };
  };
  csrf = hiddenField((await send('GET', '/sign-in')).html, '_csrf');
  return { get: (path: string) => send('GET', path), post: (path: string, fields: Record<string, string>) => send('POST', path, fields) };
}

/** Sends `count` requests, `concurrency` at a time, in order of starting. */
async function burst(count: number, concurrency: number, send: () => Promise<StorResponse>): Promise<StorResponse[]> {
  const answers: StorResponse[] = [];
  for (let sent = 0; sent < count; sent += concurrency) {
    answers.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, count - sent) }, send))));
  }
  return answers;
}

function expectTooMany(response: StorResponse): void {
  expectProblem(response, 429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
}

describe('subject checks are rate limited per user and per address', () => {
  test('2,000 checks in a burst from one token: the first 60 are answered, then 429 with Retry-After', async () => {
    const token = await stor.token({ role: 'officer', force: 'kent', name: 'PC Burst' });
    const answers = await burst(2000, 25, () => checkFrom('203.0.113.1', token));
    const answered = answers.filter((answer) => answer.status === 200).length;
    // 60 is the budget; the bucket refills one a second while the burst is sent.
    expect(answered).toBeGreaterThanOrEqual(60);
    expect(answered).toBeLessThan(60 + 30);
    expect(answers.slice(0, 60).every((answer) => answer.status === 200)).toBe(true);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused.length).toBe(2000 - answered);
    refused.forEach(expectTooMany);
    expect(refused[0].body.detail).toMatch(/Too many subject checks/);
  });

  test("another user at the same address has a budget of their own, until the address's budget is spent", async () => {
    const first = await stor.token({ role: 'officer', force: 'kent', name: 'PC First' });
    const second = await stor.token({ role: 'officer', force: 'kent', name: 'PC Second' });
    const firsts = await burst(70, 10, () => checkFrom('203.0.113.2', first));
    expect(firsts.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(60);
    // The address allows 100 here: the second officer gets what is left of it, then 429.
    const seconds = await burst(60, 10, () => checkFrom('203.0.113.2', second));
    const answered = seconds.filter((answer) => answer.status === 200).length;
    expect(answered).toBeGreaterThanOrEqual(30);
    expect(answered).toBeLessThan(50);
    seconds.filter((answer) => answer.status !== 200).forEach(expectTooMany);
    // The same officer from another address is not held back by the first address's budget.
    expect((await checkFrom('203.0.113.3', second)).status).toBe(200);
  });

  test('the web check spends the same budget: an officer past it gets a 429 page with Retry-After, and nothing is asked', async () => {
    const browser = await browserFrom('203.0.113.4');
    const signedIn = await browser.post('/sign-in', { role: 'officer', force: 'kent', name: 'PC Web' });
    expect(signedIn.status).toBe(303);
    const csrf = hiddenField((await browser.get('/')).html, '_csrf');
    const answers: { status: number; retryAfter: string | null }[] = [];
    for (let sent = 0; sent < 65; sent++) answers.push(await browser.post('/check', { _csrf: csrf, name: 'Jan Kowalski' }));
    expect(answers.slice(0, 60).map((answer) => answer.status)).toEqual(Array(60).fill(200));
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(Number(refused[0].retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('failed authentication is rate limited per address', () => {
  test('300 bad tokens from one address: 30 refusals as 401, then 429 with Retry-After; a good token still passes', async () => {
    const answers = await burst(300, 25, () => stor.request('GET', '/api/forces', { token: 'not-a-token', headers: from('198.51.100.7') }));
    const unauthenticated = answers.filter((answer) => answer.status === 401).length;
    // 30 is the budget; it refills one every two seconds while the burst is sent.
    expect(unauthenticated).toBeGreaterThanOrEqual(30);
    expect(unauthenticated).toBeLessThan(30 + 5);
    expect(answers.slice(0, 30).map((answer) => answer.status)).toEqual(Array(30).fill(401));
    answers.filter((answer) => answer.status !== 401).forEach(expectTooMany);
    // Good credentials are never held back: a careless client cannot lock out its colleagues behind the same proxy.
    const good = await stor.token({ role: 'officer', force: 'kent' });
    expect((await stor.request('GET', '/api/forces', { token: good, headers: from('198.51.100.7') })).status).toBe(200);
    expectTooMany(await stor.request('GET', '/api/forces', { token: 'still-not-a-token', headers: from('198.51.100.7') }));
    // Another address has its own budget.
    expect((await stor.request('GET', '/api/forces', { token: 'not-a-token', headers: from('198.51.100.8') })).status).toBe(401);
  });

  test('missing tokens count too, and so do refused web sign-ins (a 429 page with Retry-After)', async () => {
    const missing = await burst(40, 10, () => stor.request('GET', '/api/forces', { headers: from('198.51.100.9') }));
    expect(missing.filter((answer) => answer.status === 401).length).toBeLessThan(35);
    missing.filter((answer) => answer.status !== 401).forEach(expectTooMany);
    const browser = await browserFrom('198.51.100.10');
    const signIns = [];
    for (let sent = 0; sent < 40; sent++) signIns.push(await browser.post('/sign-in', { role: 'wizard', name: 'x' }));
    // A refused sign-in is the form again, naming what is wrong; past the budget, a 429.
    expect(signIns.slice(0, 30).filter((answer) => answer.status === 429)).toEqual([]);
    expect(signIns[0].html).toContain('Select your role');
    const refused = signIns.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].contentType).toMatch(/^text\/html/);
    expect(Number(refused[0].retryAfter)).toBeGreaterThanOrEqual(1);
    // Signing in properly from the same address still works.
    expect((await browser.post('/sign-in', { role: 'officer', force: 'kent', name: 'PC Right' })).status).toBe(303);
  });
});

describe('every response carries the security headers', () => {
  const common = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };

  test.each([
    ['an API answer', '/api/forces', true],
    ['an API refusal', '/api/orders/no-such-order', true],
    ['an unknown path', '/no/such/path', false],
    ['health', '/health', false],
    ['the OpenAPI document', '/docs-json', false],
  ])('%s: nosniff, no framing, no referrer, a strict CSP and no-store', async (_what, path, withToken) => {
    const token = withToken ? await stor.token({ role: 'national' }) : undefined;
    const response = await stor.request('GET', path, { token });
    for (const [header, value] of Object.entries(common)) expect(response.headers.get(header)).toBe(value);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  test('a page keeps its nonce CSP and no-store; the web assets may be cached', async () => {
    const page = await fetch(`${stor.baseUrl}/sign-in`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    const asset = /(?:href|src)="(\/assets\/[^"]+)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const served = await fetch(`${stor.baseUrl}${asset}`);
    expect(served.headers.get('cache-control')).toMatch(/max-age/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('Swagger UI (GET /docs) gets a CSP of its own: its own scripts and styles, never framed', async () => {
    const response = await fetch(`${stor.baseUrl}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self';.*frame-ancestors 'none'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  test('HSTS when the request came over TLS, as a trusted proxy says', async () => {
    const response = await stor.request('GET', '/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  test('CORS is closed: a preflight is refused as problem+json, and no origin is ever allowed', async () => {
    const preflight = await stor.request('OPTIONS', '/api/orders', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expectProblem(preflight, 403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const token = await stor.token({ role: 'officer', force: 'kent' });
    const simple = await stor.request('GET', '/api/forces', { token, headers: { origin: 'https://evil.example' } });
    expect(simple.status).toBe(200);
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});

/** Sends raw bytes on a socket and parses the one HTTP response that comes back. */
function rawRequest(bytes: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const { port } = new URL(stor.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = received.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(bytes);
  });
}

describe('requests too big or of the wrong kind are problem+json, naming nothing of the framework', () => {
  test('413: a body larger than the limit', async () => {
    const token = await stor.token({ role: 'order-manager', force: 'kent' });
    const response = await stor.request('POST', '/api/orders', { token, body: { ...anOrder(), padding: 'x'.repeat(300 * 1024) } });
    expectProblem(response, 413);
  });

  test('415: a body that is not JSON', async () => {
    const token = await stor.token({ role: 'order-manager', force: 'kent' });
    const response = await stor.request('POST', '/api/orders', { token, body: 'name=Jan', headers: { 'content-type': 'text/plain' } });
    expectProblem(response, 415);
    const xml = await stor.request('POST', '/api/orders', { token, body: '<order/>', headers: { 'content-type': 'application/xml' } });
    expectProblem(xml, 415);
  });

  test('414: a path parameter longer than the router takes', async () => {
    const token = await stor.token({ role: 'national' });
    const response = await stor.request('GET', `/api/orders/${'a'.repeat(500)}`, { token });
    expectProblem(response, 414);
    expect(JSON.stringify(response.body)).not.toMatch(/FST_|fastify/i);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('431: headers larger than Node takes, answered on the raw socket', async () => {
    const response = await rawRequest(`GET /api/forces HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'p'.repeat(20 * 1024)}\r\n\r\n`);
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(response.body)).toMatchObject({ status: 431, title: expect.any(String), detail: expect.any(String), type: expect.any(String) });
    expect(response.body).not.toMatch(/HPE_|FST_/);
  });

  test('a request line too long for Node is problem+json too', async () => {
    const response = await rawRequest(`GET /api/subjects/check?name=${'n'.repeat(20 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect([414, 431]).toContain(response.status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(response.body).status).toBe(response.status);
  });

  test('bytes that are not HTTP get a 400 problem+json', async () => {
    const response = await rawRequest('HELLO THERE\r\n\r\n');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
