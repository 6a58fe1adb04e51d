import { dateOfBirthAsTyped } from './date-of-birth.js';

describe('a date of birth typed into one field', () => {
  test.each([
    ['27/3/1980', '1980-03-27'],
    ['27-03-1980', '1980-03-27'],
    ['27.3.1980', '1980-03-27'],
    [' 27 3 1980 ', '1980-03-27'],
    ['1980-3-27', '1980-03-27'],
    ['1980', '1980'],
  ])('given %p, then %p (day first, as in the UK)', (typed, expected) => {
    expect(dateOfBirthAsTyped(typed)).toBe(expected);
  });

  test('given nothing, then no date', () => {
    expect(dateOfBirthAsTyped('   ')).toBe('');
  });

  test.each(['March 1980', '27/3/80', '1980/3', '1'.repeat(40)])('given %p, then it is not a date', (typed) => {
    expect(dateOfBirthAsTyped(typed)).toBeNull();
  });
});
