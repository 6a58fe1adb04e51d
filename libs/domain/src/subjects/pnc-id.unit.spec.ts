import { parsePncId } from './pnc-id.js';

const today = '2026-11-23';

describe('parsePncId (DOMAIN.md §5)', () => {
  it.each([
    ['2003/1234567Q', '2003/1234567Q'],
    ['1979/0123456T', '1979/0123456T'],
    ['79/123456T', '1979/0123456T'],
    ['79123456T', '1979/0123456T'],
    ['  2003/1234567q ', '2003/1234567Q'],
    ['03/1234567Q', '2003/1234567Q'],
    ['031234567Q', '2003/1234567Q'],
  ])('reads %s as %s', (raw, canonical) => {
    expect(parsePncId(raw, today)).toEqual({ ok: true, canonical });
  });

  it('pads a short serial number to seven digits', () => {
    const parsed = parsePncId('26/1W', today);
    expect(parsed).toEqual({ ok: true, canonical: '2026/0000001W' });
  });

  it("takes a two-digit year up to today's as this century, a later one as the last", () => {
    expect(parsePncId('26/1W', today)).toEqual({ ok: true, canonical: '2026/0000001W' });
    expect(parsePncId('27/1L', today)).toEqual({ ok: true, canonical: '1927/0000001L' });
  });

  it('rejects a wrong check letter and names the right one', () => {
    const parsed = parsePncId('2003/1234567R', today);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.reason).toMatch(/should be Q/);
  });

  it('rejects a wrong check letter in the short form', () => {
    expect(parsePncId('79/123456U', today).ok).toBe(false);
  });

  it.each(['', '2003-1234567Q', '2003/12345678Q', '2003/1234567', '/1234567Q', '7/1234567Q', '2003/123456 7Q', 'ABCD/1234567Q'])(
    'rejects the malformed %j',
    (raw) => {
      expect(parsePncId(raw, today).ok).toBe(false);
    },
  );

  it('rejects a long-form year after today', () => {
    expect(parsePncId('2027/0000001L', today)).toEqual({ ok: false, reason: 'The PNC ID year 2027 is in the future.' });
  });
});
