import { upkeepDue } from './register-upkeep.js';

describe('what the register tables need, from one look', () => {
  test('given statistics that follow the register and little churn, nothing is due', () => {
    expect(upkeepDue({ subjects: 100_000, planned: 95_000, position: 1_000_000, vacuumedAt: 990_000 })).toBeNull();
  });

  test('given a register grown well past the planner’s idea of it, an analysis is due', () => {
    expect(upkeepDue({ subjects: 10_000, planned: 6_000, position: 50_000, vacuumedAt: 49_000 })).toBe('analyse');
  });

  test('given a register never analysed, an analysis is due once it holds more than a handful', () => {
    expect(upkeepDue({ subjects: 400, planned: -1, position: 900, vacuumedAt: 0 })).toBeNull();
    expect(upkeepDue({ subjects: 2_000, planned: -1, position: 4_000, vacuumedAt: 0 })).toBe('analyse');
  });

  test('given more events since the last vacuum than a fifth of the subjects and the margin, a vacuum is due (and analyses too)', () => {
    expect(upkeepDue({ subjects: 100_000, planned: 100_000, position: 125_001, vacuumedAt: 100_000 })).toBe('vacuum');
    expect(upkeepDue({ subjects: 100_000, planned: 100_000, position: 125_000, vacuumedAt: 100_000 })).toBeNull();
  });

  test('given a small register, the margin keeps it from vacuuming after every few orders', () => {
    expect(upkeepDue({ subjects: 50, planned: 50, position: 5_000, vacuumedAt: 0 })).toBeNull();
    expect(upkeepDue({ subjects: 50, planned: 50, position: 5_011, vacuumedAt: 0 })).toBe('vacuum');
  });
});
