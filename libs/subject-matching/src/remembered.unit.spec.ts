import { Remembered } from './remembered.js';

describe('answers remembered for the keys most recently asked about', () => {
  test('given a key asked about before, its answer is not worked out again', () => {
    const remembered = new Remembered<number>(10);
    let worked = 0;
    const answer = () => remembered.get('khan', () => (worked += 1));
    expect([answer(), answer(), answer()]).toEqual([1, 1, 1]);
    expect(worked).toBe(1);
  });

  test('given it is full, it forgets every answer and starts again, never holding more than its limit', () => {
    const remembered = new Remembered<string>(2);
    let worked = 0;
    const ask = (key: string) => remembered.get(key, () => `${key}-${(worked += 1)}`);
    ask('a');
    ask('b');
    expect(ask('c')).toBe('c-3');
    expect(ask('a')).toBe('a-4');
    expect(worked).toBe(4);
  });
});
