import { SettableClock } from './clock.js';

describe("the clock's today", () => {
  test.each([
    ['2029-06-01T23:30:00Z', '2029-06-02'], // 00:30 BST
    ['2029-12-31T23:30:00Z', '2029-12-31'], // GMT in winter
    ['2026-03-29T00:30:00Z', '2026-03-29'], // the night the clocks go forward
    ['2026-10-24T23:30:00Z', '2026-10-25'], // the night they go back
  ])('at %s it is %s in the United Kingdom', (instant, day) => {
    expect(new SettableClock(new Date(instant)).today()).toBe(day);
  });
});

describe('a clock asked again', () => {
  test('answers the new day as soon as the United Kingdom reaches it, to the second', () => {
    const clock = new SettableClock(new Date('2029-06-01T22:59:59.999Z'));
    expect(clock.today()).toBe('2029-06-01');
    clock.set('2029-06-01T23:00:00.000Z'); // midnight BST
    expect(clock.today()).toBe('2029-06-02');
    clock.set('2029-06-01T22:59:59.500Z'); // set back within the same second as before
    expect(clock.today()).toBe('2029-06-01');
  });
});
