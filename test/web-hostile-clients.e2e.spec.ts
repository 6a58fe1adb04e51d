import { StorTestApp } from './support/stor-app.js';
import { anOrder, readOrder, recordOrder } from './support/stor-steps.js';
import { hiddenField, WebSession } from './support/web-session.js';

// The web pages against a hostile or broken client: nothing it sends is a 500, nothing it sends
// is run as markup, and nothing is changed without the session's own form.
let stor: StorTestApp;
let officer: WebSession;

beforeAll(async () => {
  stor = await StorTestApp.start();
  const kent = await stor.token({ role: 'order-manager', force: 'kent' });
  const made = await recordOrder(stor, kent, anOrder({ subject: { forenames: '<script>alert(1)</script>Jan', surname: 'Kowalski"><img src=x onerror=alert(2)>' } }));
  await readOrder(stor, kent, made.orderId, made.position);
  officer = await WebSession.signIn(stor.baseUrl, { role: 'officer', force: 'kent', name: 'PC <b>Bold</b>' });
});

afterAll(async () => {
  await stor?.stop();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('what a subject or user is called is shown, never run', () => {
  test('a name holding markup is escaped on the check result and in the header', async () => {
    const page = await officer.get('/');
    const result = await officer.post('/check', { _csrf: hiddenField(page.html, '_csrf'), name: 'Jan Kowalski' });
    expect(result.status).toBe(200);
    expect(result.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;Jan');
    expect(result.html).not.toContain('<script>alert(1)');
    expect(result.html).not.toContain('<img src=x');
    expect(result.html).toContain('PC &lt;b&gt;Bold&lt;/b&gt;');
  });

  test('every page carries a CSP that allows no inline script without its nonce', async () => {
    const response = await fetch(`${stor.baseUrl}/sign-in`);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('forms refused before anything is changed', () => {
  test('a form without the session, or with another session’s token, is a 403 page', async () => {
    const stranger = await WebSession.signIn(stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'Mallory' });
    const theirs = hiddenField((await stranger.get('/')).html, '_csrf');
    expect((await officer.post('/check', { _csrf: theirs, name: 'Jan Kowalski' })).status).toBe(403);
    const anonymous = await fetch(`${stor.baseUrl}/check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form({ name: 'x' }), redirect: 'manual' });
    expect(anonymous.status).toBe(403);
  });

  test('a tampered or foreign session cookie counts as no session: the page asks to sign in', async () => {
    for (const cookie of ['stor_session=garbage', `stor_session=${'A'.repeat(5000)}`, 'stor_session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC']) {
      const response = await fetch(`${stor.baseUrl}/`, { headers: { cookie }, redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/sign-in?next=%2F');
    }
  });

  test('a form with too many fields is 413, a name too long is the form’s error, a body of the wrong kind is 4xx: never a 500', async () => {
    const token = hiddenField((await officer.get('/')).html, '_csrf');
    const many = await officer.post('/check', { _csrf: token, ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, 'x'])) });
    expect(many.status).toBe(413);
    const long = await officer.post('/check', { _csrf: token, name: 'a'.repeat(5000) });
    expect(long.status).toBe(400);
    expect(long.html).toContain('govuk-error-summary');
    for (const [type, body] of [
      ['application/json', '{"name":"Jan"}'],
      ['text/plain', 'name=Jan'],
      ['multipart/form-data; boundary=x', '--x--'],
    ]) {
      const response = await fetch(`${stor.baseUrl}/check`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
  });

  test('the API takes no form bodies, so no page on another site can post one at it', async () => {
    const token = await stor.token({ role: 'order-manager', force: 'kent' });
    const response = await fetch(`${stor.baseUrl}/api/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ type: 'STPO' }),
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  test('sign-in sends the user back only to a page of this site', async () => {
    const page = await fetch(`${stor.baseUrl}/sign-in?next=//evil.example/`);
    const cookie = page.headers.getSetCookie()[0].split(';')[0];
    const html = await page.text();
    expect(hiddenField(html, 'next')).toBe('/');
    const posted = await fetch(`${stor.baseUrl}/sign-in`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ _csrf: hiddenField(html, '_csrf'), role: 'officer', force: 'kent', name: 'PC Next', next: 'https://evil.example/' }),
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/');
  });

  test('a page STOR does not have is an HTML 404 for a browser, problem+json for a program', async () => {
    const browser = await fetch(`${stor.baseUrl}/no-such-page`, { headers: { accept: 'text/html' } });
    expect(browser.status).toBe(404);
    expect(await browser.text()).toContain('Page not found');
    const program = await fetch(`${stor.baseUrl}/no-such-page`, { headers: { accept: 'application/json' } });
    expect(program.status).toBe(404);
    expect(program.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});
