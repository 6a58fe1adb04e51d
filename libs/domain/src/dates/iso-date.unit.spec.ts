import fc from 'fast-check';
import { addDays, addYears, compareDates, endOfPeriodBeginningWith, isIsoDate, latestOf } from './iso-date.js';

describe('isIsoDate', () => {
  it.each(['2026-11-23', '2024-02-29', '2000-02-29', '1979-01-01'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-11-23T00:00:00Z', '26-11-23', '', '2026-1-5',
    // Ten characters each, dashes in place, something else that is not a digit.
    ' 2026-1-05', '2026-01-0a', '2026/01/05', '+026-01-05', '2026-0 -05', '２０２６-01-05', '2026-01-05\n'])(
    'rejects %s',
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );
});

describe('compareDates', () => {
  it('orders days', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('throws on a malformed date rather than guessing', () => {
    expect(() => compareDates('2026-02-30', '2026-01-01')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addDays('1900-03-01', -1)).toBe('1900-02-28');
  });

  it('is undone by adding the opposite number of days (property)', () => {
    const day = fc.integer({ min: 0, max: 200 * 366 }).map((n) => addDays('1900-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const moved = addDays(d, n);
        return isIsoDate(moved) && addDays(moved, -n) === d && Math.sign(compareDates(moved, d)) === Math.sign(n);
      }),
    );
  });
});

describe('addYears', () => {
  it('keeps month and day', () => {
    expect(addYears('2020-03-10', 5)).toBe('2025-03-10');
  });

  it('maps 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('endOfPeriodBeginningWith (R40)', () => {
  it('ends the day before the anniversary: made 2020-03-10, five years ⇒ 2025-03-09', () => {
    expect(endOfPeriodBeginningWith('2020-03-10', 5)).toBe('2025-03-09');
  });

  it('two years beginning with 2024-01-01 ends 2025-12-31', () => {
    expect(endOfPeriodBeginningWith('2024-01-01', 2)).toBe('2025-12-31');
  });

  it('a period beginning 1 March ends on 29 February when that exists', () => {
    expect(endOfPeriodBeginningWith('2019-03-01', 5)).toBe('2024-02-29');
    expect(endOfPeriodBeginningWith('2020-03-01', 5)).toBe('2025-02-28');
  });

  it('a period beginning 29 February ends on 28 February of a common year (anniversary taken as 1 March)', () => {
    expect(endOfPeriodBeginningWith('2020-02-29', 5)).toBe('2025-02-28');
    expect(endOfPeriodBeginningWith('2020-02-29', 4)).toBe('2024-02-28');
  });

  it('never ends before the day before addYears, nor after its anniversary (property)', () => {
    const day = fc.integer({ min: 0, max: 150 * 366 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 10 }), (start, years) => {
        const end = endOfPeriodBeginningWith(start, years);
        return compareDates(end, addDays(addYears(start, years), -1)) >= 0 && compareDates(end, addYears(start, years)) <= 0;
      }),
    );
  });
});

describe('latestOf', () => {
  it('picks the latest day, or null for none', () => {
    expect(latestOf(['2026-01-02', '2027-01-01', '2025-05-05'])).toBe('2027-01-01');
    expect(latestOf([])).toBeNull();
  });
});

describe('years a register date can have', () => {
  test.each(['0000-02-29', '0000-06-01', '0999-12-31'])('%s is not a register date', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });

  test('1000-01-01 is', () => {
    expect(isIsoDate('1000-01-01')).toBe(true);
  });
});
