import { StorTestApp } from './support/stor-app.js';

// WEB_SIGN_IN=oidc, the production default: the development sign-in is not offered at all.
let stor: StorTestApp;

beforeAll(async () => {
  stor = await StorTestApp.start({ config: { webSignIn: 'oidc' } });
});

afterAll(async () => {
  await stor?.stop();
});

test('the sign-in page says sign-in through the force is not available yet, and offers no role to pick', async () => {
  const page = await fetch(`${stor.baseUrl}/sign-in`);
  expect(page.status).toBe(501);
  const html = await page.text();
  expect(html).toContain('Sign-in through your force is not available yet');
  expect(html).not.toContain('name="role"');
  expect(html).not.toContain('Development sign-in');
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
  expect([403, 501]).toContain(posted.status);
  const after = await fetch(`${stor.baseUrl}/statistics`, { headers: { cookie: posted.headers.getSetCookie()[0]?.split(';')[0] ?? cookie }, redirect: 'manual' });
  expect(after.status).toBe(303);
  expect(after.headers.get('location')).toMatch(/^\/sign-in/);
});
