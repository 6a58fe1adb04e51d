import { dateOfBirthEvidence, scoreMatch } from './subject-score.js';

describe('how a check ranks candidates', () => {
  test('an exact PNC ID is decisive whatever else was typed', () => {
    expect(scoreMatch({ pncMatched: true, nameMatched: false, nameAsked: true, dateOfBirth: 'differs' })).toBe(1);
  });

  test('name and exact date of birth outrank name and year, which outrank name alone', () => {
    const exact = scoreMatch({ pncMatched: false, nameMatched: true, nameAsked: true, dateOfBirth: 'exact' });
    const year = scoreMatch({ pncMatched: false, nameMatched: true, nameAsked: true, dateOfBirth: 'year' });
    const nameOnly = scoreMatch({ pncMatched: false, nameMatched: true, nameAsked: true, dateOfBirth: 'not-asked' });
    const differs = scoreMatch({ pncMatched: false, nameMatched: true, nameAsked: true, dateOfBirth: 'differs' });
    expect(exact).toBe(1);
    expect(exact).toBeGreaterThan(year);
    expect(year).toBeGreaterThan(nameOnly);
    expect(nameOnly).toBeGreaterThan(differs);
    expect(differs).toBeGreaterThan(0);
  });

  test('a name that does not match scores nothing, even with the right date of birth', () => {
    expect(scoreMatch({ pncMatched: false, nameMatched: false, nameAsked: true, dateOfBirth: 'exact' })).toBe(0.3);
    expect(scoreMatch({ pncMatched: false, nameMatched: false, nameAsked: true, dateOfBirth: 'not-asked' })).toBe(0);
  });

  test('a date of birth alone finds people born then', () => {
    expect(scoreMatch({ pncMatched: false, nameMatched: false, nameAsked: false, dateOfBirth: 'exact' })).toBe(0.5);
    expect(scoreMatch({ pncMatched: false, nameMatched: false, nameAsked: false, dateOfBirth: 'year' })).toBe(0.25);
  });

  test.each([
    ['1980-05-02', '1980-05-02', 'exact'],
    ['1980', '1980-05-02', 'year'],
    ['1981', '1980-05-02', 'differs'],
    ['1980-02-05', '1980-05-02', 'year'],
    ['1979-05-02', '1980-05-02', 'differs'],
    ['1980-05-02', null, 'unknown'],
    [null, '1980-05-02', 'not-asked'],
  ])('date of birth asked %s, known %s: %s', (asked, known, expected) => {
    expect(dateOfBirthEvidence(asked, known)).toBe(expected);
  });
});
