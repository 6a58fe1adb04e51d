import { Remembered, RememberedPairs } from './remembered.js';

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

describe('answers remembered for pairs of keys', () => {
  test('given a pair asked about before, its answer is not worked out again; the same keys the other way round are another pair', () => {
    const remembered = new RememberedPairs<string>(10);
    let worked = 0;
    const ask = (first: string, second: string) => remembered.get(first, second, () => `${first} ${second} ${(worked += 1)}`);
    expect([ask('Jan', 'Kowalski'), ask('Jan', 'Kowalski'), ask('Kowalski', 'Jan')]).toEqual(['Jan Kowalski 1', 'Jan Kowalski 1', 'Kowalski Jan 2']);
    expect(worked).toBe(2);
  });

  test('given it is full, it forgets every answer and starts again, never holding more than its limit', () => {
    const remembered = new RememberedPairs<string>(2);
    let worked = 0;
    const ask = (first: string, second: string) => remembered.get(first, second, () => `${first} ${second} ${(worked += 1)}`);
    ask('a', 'x');
    ask('a', 'y');
    expect(ask('b', 'x')).toBe('b x 3');
    expect(ask('a', 'x')).toBe('a x 4');
    expect(ask('b', 'x')).toBe('b x 3');
    expect(worked).toBe(4);
  });
});
