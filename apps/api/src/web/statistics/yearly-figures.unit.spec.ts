import { forcesWithoutOrders, madeByYearAndType, madeSince, trendSentence } from './yearly-figures.js';

const rows = [
  { year: '2024', type: 'STPO', force: 'cumbria', made: 1, active: 1, breaches: 0 },
  { year: '2025', type: 'STPO', force: 'kent', made: 2, active: 1, breaches: 1 },
  { year: '2025', type: 'STPO', force: 'sussex', made: 1, active: 0, breaches: 0 },
  { year: '2026', type: 'STRO', force: 'kent', made: 1, active: 1, breaches: 0 },
];

describe('orders made each year by type', () => {
  test('given the cross-tabulation, when everyone is counted, then each type present has a count per year and the years their totals', () => {
    expect(madeByYearAndType(rows, ['2024', '2025', '2026'], null)).toEqual({
      years: ['2024', '2025', '2026'],
      types: [
        { type: 'STPO', label: 'STPO', counts: [1, 3, 0] },
        { type: 'STRO', label: 'STRO', counts: [0, 0, 1] },
      ],
      totals: [1, 3, 1],
    });
  });

  test('given one force chosen, then only its orders are counted', () => {
    expect(madeByYearAndType(rows, ['2024', '2025', '2026'], 'kent').totals).toEqual([0, 2, 1]);
  });
});

describe('forces that obtained no order lately', () => {
  test('given the last 2 years (2025 and 2026), then Cumbria (last in 2024) and a force with none ever are listed; Kent and Sussex are not', () => {
    expect(forcesWithoutOrders(rows, ['cumbria', 'dorset', 'kent', 'sussex'], 2026, 2)).toEqual([
      { code: 'cumbria', name: 'Cumbria Constabulary', lastYear: '2024' },
      { code: 'dorset', name: 'Dorset Police', lastYear: null },
    ]);
  });

  test('given a first year, then each force counts the orders it obtained from then on, a zero for none', () => {
    expect(madeSince(rows, ['cumbria', 'dorset', 'kent'], 2025)).toEqual({ cumbria: 0, dorset: 0, kent: 3 });
  });

  test('given only this year, then Sussex (last in 2025) is listed too', () => {
    expect(forcesWithoutOrders(rows, ['kent', 'sussex'], 2026, 1).map((force) => force.code)).toEqual(['sussex']);
  });
});

describe('rising or falling', () => {
  test('given more orders last year than the year before, then rising', () => {
    expect(trendSentence(['2024', '2025', '2026'], [1, 3, 1], 2026)).toBe('Rising: 3 orders made in 2025, up from 1 in 2024. 1 order so far in 2026.');
  });

  test('given fewer, then falling; given the same, then level; a year with no row counts as none', () => {
    expect(trendSentence(['2024', '2025'], [4, 2], 2026)).toBe('Falling: 2 orders made in 2025, down from 4 in 2024. 0 orders so far in 2026.');
    expect(trendSentence(['2026'], [0], 2026)).toBe('Level: 0 orders made in 2025, the same as in 2024. 0 orders so far in 2026.');
  });
});
