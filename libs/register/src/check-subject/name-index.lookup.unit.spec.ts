import type { DataSource } from 'typeorm';
import { NameIndexLookup } from './name-index.lookup.js';

/** A register of `subjects` people that answers the count slowly, as a busy server does, and whose vocabulary holds no name. */
function slowToCount(subjects: number): { db: DataSource; counts: () => number; answer: () => void } {
  let counted = 0;
  const waiting: (() => void)[] = [];
  const db = {
    query: async (statement: unknown) => {
      if (typeof statement === 'string' && statement.includes('count(*)')) {
        counted += 1;
        await new Promise<void>((resolve) => waiting.push(resolve));
        return [{ subjects }];
      }
      return [{ key: null, token: null, subjects: null, version: 'checkpoint-1@1' }];
    },
  } as unknown as DataSource;
  return { db, counts: () => counted, answer: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

describe('how many subjects a name is weighed against', () => {
  test('given many checks at once before the register was ever counted, it is counted once and every check waits for that count', async () => {
    const register = slowToCount(103_430);
    const lookup = new NameIndexLookup(register.db);
    const searches = Array.from({ length: 30 }, () => lookup.search(['kowalski'], null, 1));
    await new Promise((resolve) => setImmediate(resolve));
    register.answer();
    const found = await Promise.all(searches);
    expect(register.counts()).toBe(1);
    expect(new Set(found.map((search) => search.subjects))).toEqual(new Set([103_430 + 1_000]));
  });
});
