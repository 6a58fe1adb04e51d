import { StorTestApp } from './support/stor-app.js';
import { TestIssuer } from './support/oidc-issuer.js';

// WEB_SIGN_IN=oidc, the production default: people sign in through their force's issuer; the
// development sign-in is not offered at all. (The whole flow and its refusals: oidc.e2e.spec.ts.)
let issuer: TestIssuer;
let stor: StorTestApp;

beforeAll(async () => {
  issuer = await TestIssuer.start();
  stor = await StorTestApp.start({ config: { webSignIn: 'oidc', oidc: issuer.config() } });
  issuer.now = () => stor.clock.now();
});

afterAll(async () => {
  await stor?.stop();
  await issuer?.stop();
});

test('the sign-in page sends the officer to their force account, and offers no role to pick', async () => {
  const page = await fetch(`${stor.baseUrl}/sign-in?next=%2Fregions`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('Sign in with your force account');
  expect(html).toContain('href="/sign-in/start?next=%2Fregions"');
  expect(html).not.toContain('name="role"');
  expect(html).not.toContain('Development sign-in');
});

test('signing in at the issuer comes back signed in, to the page asked for', async () => {
  issuer.signingIn = { sub: 'staff-2001', name: 'Dee National', role: 'national' };
  const started = await fetch(`${stor.baseUrl}/sign-in/start?next=%2Fregions`, { redirect: 'manual' });
  expect(started.status).toBe(303);
  const cookie = started.headers.getSetCookie()[0].split(';')[0];
  const atIssuer = await fetch(started.headers.get('location')!, { redirect: 'manual' });
  const back = await fetch(atIssuer.headers.get('location')!, { headers: { cookie }, redirect: 'manual' });
  expect(back.status).toBe(303);
  expect(back.headers.get('location')).toBe('/regions');
  const signedIn = back.headers.getSetCookie()[0].split(';')[0];
  const regions = await fetch(`${stor.baseUrl}/regions`, { headers: { cookie: signedIn }, redirect: 'manual' });
  expect(regions.status).toBe(200);
  expect(await regions.text()).toContain('Dee National');
});

test('posting the development form anyway signs no one in', async () => {
  const page = await fetch(`${stor.baseUrl}/sign-in`);
  const cookie = page.headers.getSetCookie()[0].split(';')[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const posted = await fetch(`${stor.baseUrl}/sign-in`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, role: 'national', name: 'Mallory' }).toString(),
    redirect: 'manual',
  });
  expect([403, 404]).toContain(posted.status);
  const after = await fetch(`${stor.baseUrl}/statistics`, { headers: { cookie: posted.headers.getSetCookie()[0]?.split(';')[0] ?? cookie }, redirect: 'manual' });
  expect(after.status).toBe(303);
  expect(after.headers.get('location')).toMatch(/^\/sign-in/);
});

describe('without an issuer configured', () => {
  let bare: StorTestApp;
  beforeAll(async () => {
    bare = await StorTestApp.start({ config: { webSignIn: 'oidc' } });
  });
  afterAll(async () => {
    await bare?.stop();
  });

  test('the sign-in page says sign-in through the force is not set up, and signs no one in', async () => {
    const page = await fetch(`${bare.baseUrl}/sign-in`);
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('AUTH_ISSUER');
    expect(html).not.toContain('name="role"');
    expect((await fetch(`${bare.baseUrl}/sign-in/start`, { redirect: 'manual' })).status).toBe(503);
  });
});
