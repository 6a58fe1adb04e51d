import { parseCroNumber } from './cro-number.js';

describe('parseCroNumber (DOMAIN.md §5)', () => {
  it.each([
    ['123456/08T', '123456/08T'],
    [' 123456/08t ', '123456/08T'],
  ])('reads %j as %s', (raw, canonical) => {
    expect(parseCroNumber(raw)).toEqual({ ok: true, canonical });
  });

  it('pads a short standard serial to six digits and checks over the padded serial', () => {
    // int('08' ‖ '000042') = 8000042
    const check = 'ZABCDEFGHJKLMNPQRTUVWXY'[8000042 % 23];
    expect(parseCroNumber(`42/08${check}`)).toEqual({ ok: true, canonical: `000042/08${check}` });
  });

  it('reads the search-file form, checking over the year and the serial as written', () => {
    const check = 'ZABCDEFGHJKLMNPQRTUVWXY'[9912345 % 23];
    expect(parseCroNumber(`SF99/12345${check}`)).toEqual({ ok: true, canonical: `SF99/12345${check}` });
  });

  it('rejects a wrong check letter and names the right one', () => {
    const parsed = parseCroNumber('123456/08U');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.reason).toMatch(/should be T/);
  });

  it.each(['', '1234567/08T', '123456/8T', '123456-08T', 'SF9/123T', '123456/08'])('rejects the malformed %j', (raw) => {
    expect(parseCroNumber(raw).ok).toBe(false);
  });
});
