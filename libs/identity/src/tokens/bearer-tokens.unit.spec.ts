import { decodeJwt, SignJWT } from 'jose';
import { DevelopmentTokens, InvalidToken, issueToken, VerifiedTokens } from './bearer-tokens.js';

const key = new TextEncoder().encode('a-unit-test-secret-that-is-long-enough-for-hs256');
const issuedAt = new Date('2026-03-14T09:00:00Z');
const officer = { userId: 'pc-1234', name: 'PC Jones', role: 'officer' as const, force: 'kent' };

describe('tokens verified once, trusted until they expire', () => {
  test('given a token verified before, when it comes again before it expires, then it names the same officer', async () => {
    const token = await issueToken(officer, key, { now: issuedAt, ttlSeconds: 3600 });
    const tokens = new VerifiedTokens(key);
    const first = await tokens.verify(token, new Date('2026-03-14T09:01:00Z'));
    const again = await tokens.verify(token, new Date('2026-03-14T09:59:00Z'));
    expect(again).toEqual(first);
    expect(again).toMatchObject({ userId: 'pc-1234', role: 'officer', force: 'kent' });
  });

  test('given a token verified before, when it comes again after it expired, then it is refused', async () => {
    const token = await issueToken(officer, key, { now: issuedAt, ttlSeconds: 3600 });
    const tokens = new VerifiedTokens(key);
    await tokens.verify(token, new Date('2026-03-14T09:30:00Z'));
    await expect(tokens.verify(token, new Date('2026-03-14T10:00:01Z'))).rejects.toBeInstanceOf(InvalidToken);
  });

  test('given a token verified before, when one character of its signature is changed, then the altered token is refused', async () => {
    const token = await issueToken(officer, key, { now: issuedAt, ttlSeconds: 3600 });
    const tokens = new VerifiedTokens(key);
    await tokens.verify(token, new Date('2026-03-14T09:30:00Z'));
    const altered = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
    await expect(tokens.verify(altered, new Date('2026-03-14T09:30:00Z'))).rejects.toBeInstanceOf(InvalidToken);
  });

  test('given a token signed with another key, then it is refused however often it comes', async () => {
    const other = await issueToken(officer, new TextEncoder().encode('another-secret-that-is-also-long-enough-for-hs256'), { now: issuedAt, ttlSeconds: 3600 });
    const tokens = new VerifiedTokens(key);
    for (let i = 0; i < 2; i++) await expect(tokens.verify(other, new Date('2026-03-14T09:30:00Z'))).rejects.toBeInstanceOf(InvalidToken);
  });

  test('the principal handed out cannot be changed by one request for the next', async () => {
    const token = await issueToken(officer, key, { now: issuedAt, ttlSeconds: 3600 });
    const principal = await new VerifiedTokens(key).verify(token, new Date('2026-03-14T09:30:00Z'));
    expect(Object.isFrozen(principal)).toBe(true);
  });
});

describe('development tokens', () => {
  const at = new Date('2026-03-14T09:30:00Z');
  const sign = (claims: Record<string, unknown>, times: { iat?: number; exp?: number | null }) => {
    let jwt = new SignJWT({ sub: 'dev-1', role: 'national', stor_development: true, ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('stor-development')
      .setAudience('stor-api')
      .setIssuedAt(times.iat ?? Math.floor(issuedAt.getTime() / 1000));
    if (times.exp !== null) jwt = jwt.setExpirationTime(times.exp ?? Math.floor(issuedAt.getTime() / 1000) + 3600);
    return jwt.sign(key);
  };

  test('are labelled, carry exp and the user\'s own sub', async () => {
    const token = await issueToken(officer, key, { now: issuedAt, ttlSeconds: 3600 });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: 'stor-development', sub: 'pc-1234', stor_development: true, exp: claims.iat! + 3600 });
  });

  test('cannot be issued for more than 24 hours', async () => {
    await expect(issueToken(officer, key, { now: issuedAt, ttlSeconds: 25 * 3600 })).rejects.toThrow(RangeError);
  });

  test.each([
    ['without exp', {}, { exp: null }],
    ['with exp in the year 9999', {}, { exp: Math.floor(Date.parse('9999-12-31T00:00:00Z') / 1000) }],
    ['issued a year ahead', {}, { iat: Math.floor(Date.parse('2027-03-14T09:00:00Z') / 1000), exp: Math.floor(Date.parse('2027-03-14T10:00:00Z') / 1000) }],
    ['not labelled as a development token', { stor_development: undefined }, {}],
    ['for a ROCU user of the region named national', { role: 'rocu', region: 'national' }, {}],
  ] as const)('correctly signed but %s, are refused', async (_what, claims, times) => {
    await expect(new DevelopmentTokens(key).verify(await sign(claims, times), at)).rejects.toBeInstanceOf(InvalidToken);
  });

  test('correctly signed with everything in order, are accepted', async () => {
    await expect(new DevelopmentTokens(key).verify(await sign({}, {}), at)).resolves.toMatchObject({ principal: { userId: 'dev-1', role: 'national' } });
  });
});
