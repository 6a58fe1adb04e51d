import { dateOfBirthEvidence, pncEvidence, scoreMatch } from './subject-score.js';

const name = { nameMatched: true, nameAsked: true };

describe('how a check ranks candidates', () => {
  test('an exact PNC ID is decisive whatever else was typed', () => {
    expect(scoreMatch({ pncId: 'matched', nameMatched: false, nameAsked: true, dateOfBirth: 'differs' })).toBe(1);
  });

  test('nothing but a PNC ID match reaches its score', () => {
    expect(scoreMatch({ ...name, pncId: 'not-asked', dateOfBirth: 'exact' })).toBeLessThan(1);
    expect(scoreMatch({ ...name, pncId: 'unknown', dateOfBirth: 'exact' })).toBeLessThan(1);
  });

  test('a PNC ID that differs from the one typed counts against the candidate', () => {
    const differs = scoreMatch({ ...name, pncId: 'differs', dateOfBirth: 'exact' });
    const unknown = scoreMatch({ ...name, pncId: 'unknown', dateOfBirth: 'exact' });
    expect(differs).toBeLessThan(unknown);
    expect(differs).toBeGreaterThan(0);
  });

  test('name and exact date of birth outrank name and year, which outrank name alone', () => {
    const exact = scoreMatch({ ...name, pncId: 'not-asked', dateOfBirth: 'exact' });
    const year = scoreMatch({ ...name, pncId: 'not-asked', dateOfBirth: 'year' });
    const nameOnly = scoreMatch({ ...name, pncId: 'not-asked', dateOfBirth: 'not-asked' });
    const differs = scoreMatch({ ...name, pncId: 'not-asked', dateOfBirth: 'differs' });
    expect(exact).toBeGreaterThan(year);
    expect(year).toBeGreaterThan(nameOnly);
    expect(nameOnly).toBeGreaterThan(differs);
    expect(differs).toBeGreaterThan(0);
  });

  test('a name that does not match scores only what the date of birth gives', () => {
    expect(scoreMatch({ pncId: 'not-asked', nameMatched: false, nameAsked: true, dateOfBirth: 'exact' })).toBe(0.3);
    expect(scoreMatch({ pncId: 'not-asked', nameMatched: false, nameAsked: true, dateOfBirth: 'not-asked' })).toBe(0);
  });

  test('a date of birth alone finds people born then', () => {
    expect(scoreMatch({ pncId: 'not-asked', nameMatched: false, nameAsked: false, dateOfBirth: 'exact' })).toBe(0.5);
    expect(scoreMatch({ pncId: 'not-asked', nameMatched: false, nameAsked: false, dateOfBirth: 'year' })).toBe(0.25);
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

  test.each([
    ['2003/1234567Q', '2003/1234567Q', 'matched'],
    ['2003/1234567Q', '1979/0123456T', 'differs'],
    ['2003/1234567Q', null, 'unknown'],
    [null, '2003/1234567Q', 'not-asked'],
  ])('PNC ID asked %s, known %s: %s', (asked, known, expected) => {
    expect(pncEvidence(asked, known)).toBe(expected);
  });
});
