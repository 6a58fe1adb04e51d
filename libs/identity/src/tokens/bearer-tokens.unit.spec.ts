import { InvalidToken, issueToken, VerifiedTokens } from './bearer-tokens.js';

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
