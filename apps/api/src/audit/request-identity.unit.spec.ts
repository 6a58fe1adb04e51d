import { boundedQuery, clientAddressFor, LONGEST_USER_AGENT, requestIdFor, userAgentOf } from './request-identity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the request id', () => {
  test('given no proxy trusted, then a fresh id even when the client sends one', () => {
    expect(requestIdFor('client-chosen-id-123', false)).toMatch(UUID);
    expect(requestIdFor(undefined, false)).toMatch(UUID);
  });

  test('given a trusted proxy and a well-formed id, then that id', () => {
    expect(requestIdFor('0f8e2b1c-trace:42', true)).toBe('0f8e2b1c-trace:42');
  });

  test.each([['short'], ['has space in it'], ['x'.repeat(129)], ['<script>alert(1)</script>'], ['line\nbreak-id']])('given a trusted proxy and a malformed id (%j), then a fresh id', (given) => {
    expect(requestIdFor(given, true)).toMatch(UUID);
  });

  test('given the header twice, then a fresh id', () => {
    expect(requestIdFor(['abcdefgh1', 'abcdefgh2'], true)).toMatch(UUID);
  });

  test('each fresh id differs', () => {
    expect(requestIdFor(undefined, false)).not.toBe(requestIdFor(undefined, false));
  });
});

describe('the client address', () => {
  test('given no proxy trusted, then the socket address, whatever X-Forwarded-For says', () => {
    expect(clientAddressFor('10.0.0.5', '203.0.113.9', false)).toBe('10.0.0.5');
  });

  test('given a trusted proxy, then the first hop of X-Forwarded-For', () => {
    expect(clientAddressFor('10.0.0.5', '203.0.113.9, 198.51.100.2, 10.0.0.1', true)).toBe('203.0.113.9');
    expect(clientAddressFor('10.0.0.5', '2001:db8::1', true)).toBe('2001:db8::1');
  });

  test('given a trusted proxy but no usable X-Forwarded-For, then the socket address', () => {
    expect(clientAddressFor('10.0.0.5', undefined, true)).toBe('10.0.0.5');
    expect(clientAddressFor('10.0.0.5', 'not-an-address, 203.0.113.9', true)).toBe('10.0.0.5');
    expect(clientAddressFor('10.0.0.5', '', true)).toBe('10.0.0.5');
  });

  test('given no socket address, then none', () => {
    expect(clientAddressFor(undefined, undefined, false)).toBeNull();
  });
});

describe('the user agent and what was asked, bounded', () => {
  test('a long user agent is cut to the bound', () => {
    expect(userAgentOf('x'.repeat(5000))).toHaveLength(LONGEST_USER_AGENT);
    expect(userAgentOf('curl/8.5')).toBe('curl/8.5');
    expect(userAgentOf(undefined)).toBeNull();
  });

  test('a forged 3 KB query keeps its first fields, each cut short', () => {
    const forged = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, 'A'.repeat(3000)]));
    const kept = boundedQuery(forged);
    expect(JSON.stringify(kept).length).toBeLessThan(4000);
    expect(Object.keys(kept)).toHaveLength(17);
    expect(kept['…']).toBe('24 more fields not kept');
    expect(boundedQuery({ name: 'Jan Kowalski', purpose: 'stop' })).toEqual({ name: 'Jan Kowalski', purpose: 'stop' });
  });
});
