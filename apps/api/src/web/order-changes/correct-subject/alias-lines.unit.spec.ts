import { aliasesFrom, aliasLines } from './alias-lines.js';

describe('aliases typed one a line', () => {
  test('given "SURNAME, Forenames" lines, then each alias with its names', () => {
    expect(aliasesFrom('KOWAL, John\n\n  Nowak , Jan Piotr ')).toEqual([
      { surname: 'KOWAL', forenames: 'John' },
      { surname: 'Nowak', forenames: 'Jan Piotr' },
    ]);
  });

  test('given a line without a comma, then a surname alone', () => {
    expect(aliasesFrom('Kowal')).toEqual([{ surname: 'Kowal', forenames: '' }]);
  });

  test('given aliases, then the lines read back as they were typed', () => {
    const typed = 'KOWAL, John\nNowak, Jan';
    expect(aliasLines(aliasesFrom(typed))).toBe(typed);
  });

  test('given many lines, then at most 51 are read', () => {
    expect(aliasesFrom('A, B\n'.repeat(500))).toHaveLength(51);
  });
});
