import fc from 'fast-check';
import { croCheckCharacter, parseCroNumber } from './cro-number.js';

describe('parseCroNumber', () => {
  it('given the worked example 123456/08T, then it is valid and canonical as written', () => {
    expect(parseCroNumber('123456/08T')).toEqual({ ok: true, canonical: '123456/08T' });
  });

  it('given a short serial, then it is padded to six digits and checked over YY ‖ serial6', () => {
    const check = croCheckCharacter('08' + '000123');
    expect(parseCroNumber(`123/08${check}`)).toEqual({ ok: true, canonical: `000123/08${check}` });
  });

  it('given lower case and spaces, then it reads them', () => {
    expect(parseCroNumber(' 123456/08t ')).toEqual({ ok: true, canonical: '123456/08T' });
  });

  it('given a wrong check letter, then it says which letter was expected', () => {
    const result = parseCroNumber('123456/08A');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('should be T, not A') });
  });

  it('given the SF form, then the check is over YY ‖ serial as written', () => {
    const check = croCheckCharacter('95' + '1234');
    expect(parseCroNumber(`SF95/1234${check}`)).toEqual({ ok: true, canonical: `SF95/1234${check}` });
    const wrong = check === 'Z' ? 'A' : 'Z';
    expect(parseCroNumber(`SF95/1234${wrong}`).ok).toBe(false);
  });

  it.each(['', '1234567/08T', '123456/8T', '123456-08T', 'SF/123T', '123456/08', 'PNC 2003/1234567Q'])(
    'given %j, then it is refused with a reason',
    (raw) => {
      const result = parseCroNumber(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
    },
  );

  it('accepts exactly one check letter for any serial and year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 99 }), (serial, year) => {
        const yy = String(year).padStart(2, '0');
        const valid = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((letter) => parseCroNumber(`${serial}/${yy}${letter}`).ok);
        expect(valid).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
