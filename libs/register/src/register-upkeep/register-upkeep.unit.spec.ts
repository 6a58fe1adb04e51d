import { upkeepDue } from './register-upkeep.js';

/** Tables whose pages are all marked all-visible, as a vacuum leaves them. */
const visible = { pages: 20_000, allVisible: 20_000 };

describe('what the register tables need, from one look', () => {
  test('given statistics that follow the register and little churn, nothing is due', () => {
    expect(upkeepDue({ subjects: 100_000, planned: 95_000, position: 1_000_000, vacuumedAt: 990_000, ...visible })).toBeNull();
  });

  test('given a register grown well past the planner’s idea of it, an analysis is due', () => {
    expect(upkeepDue({ subjects: 10_000, planned: 6_000, position: 50_000, vacuumedAt: 49_000, ...visible })).toBe('analyse');
  });

  test('given a register never analysed, an analysis is due once it holds more than a handful', () => {
    expect(upkeepDue({ subjects: 400, planned: -1, position: 900, vacuumedAt: 0, ...visible })).toBeNull();
    expect(upkeepDue({ subjects: 2_000, planned: -1, position: 4_000, vacuumedAt: 0, ...visible })).toBe('analyse');
  });

  test('given more events since the last vacuum than a fifth of the subjects and the margin, a vacuum is due (and analyses too)', () => {
    expect(upkeepDue({ subjects: 100_000, planned: 100_000, position: 125_001, vacuumedAt: 100_000, ...visible })).toBe('vacuum');
    expect(upkeepDue({ subjects: 100_000, planned: 100_000, position: 125_000, vacuumedAt: 100_000, ...visible })).toBeNull();
  });

  test('given a small register, the margin keeps it from vacuuming after every few orders', () => {
    expect(upkeepDue({ subjects: 50, planned: 50, position: 5_000, vacuumedAt: 0, ...visible })).toBeNull();
    expect(upkeepDue({ subjects: 50, planned: 50, position: 5_011, vacuumedAt: 0, ...visible })).toBe('vacuum');
  });

  test('given tables most of whose pages are not all-visible (a migration rewrote one), a vacuum is due once they are larger than the margin', () => {
    const quiet = { subjects: 100_000, planned: 100_000, position: 1_000_000, vacuumedAt: 1_000_000 };
    expect(upkeepDue({ ...quiet, pages: 20_000, allVisible: 9_999 })).toBe('vacuum');
    expect(upkeepDue({ ...quiet, pages: 20_000, allVisible: 10_000 })).toBeNull();
    expect(upkeepDue({ ...quiet, pages: 1_000, allVisible: 0 })).toBeNull();
  });
});
