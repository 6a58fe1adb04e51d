import type { DataSource } from 'typeorm';
import { tokenKeys } from '#subject-matching';
import { Vocabulary } from './vocabulary.js';

/**
 * The register's name keys held in memory, answering the vocabulary statement as the database
 * would: the tokens each key reaches and how many subjects bear them, then the register's version.
 */
class RegisterKeys {
  version = 'checkpoint-1@1';
  reads = 0;
  private readonly keys = new Map<string, Set<string>>();
  private readonly bearers = new Map<string, number>();

  learn(token: string, bearers = 1): this {
    for (const key of tokenKeys(token)) this.keys.set(key, (this.keys.get(key) ?? new Set()).add(token));
    this.bearers.set(token, bearers);
    return this;
  }

  asDataSource(): DataSource {
    return {
      query: async (_statement: unknown, [keys]: [string[]]) => {
        this.reads += 1;
        const rows: object[] = keys.flatMap((key) => [...(this.keys.get(key) ?? [])].map((token) => ({ key, token, subjects: this.bearers.get(token), version: null })));
        return [...rows, { key: null, token: null, subjects: null, version: this.version }];
      },
    } as unknown as DataSource;
  }
}

function given(...tokens: string[]) {
  const register = new RegisterKeys();
  for (const token of tokens) register.learn(token);
  return { register, vocabulary: new Vocabulary(register.asDataSource(), 100, 20) };
}

describe('the vocabulary a check reaches, remembered while the register stands still', () => {
  test('a token is read once: a later check of it is answered from memory, at the version it was read', async () => {
    const { register, vocabulary } = given('kowalski', 'kowalska');
    const first = await vocabulary.reach(['kowalsky']);
    const again = await vocabulary.reach(['kowalsky']);
    expect(first.remembered).toBe(false);
    expect(again).toMatchObject({ remembered: true, version: 'checkpoint-1@1' });
    expect(again.reaches[0]?.nearest).toEqual(first.reaches[0]?.nearest);
    expect(register.reads).toBe(1);
  });

  test('the same spelling comes first, then the nearest, and each carries how many bear it', async () => {
    const { register, vocabulary } = given('kowalski', 'kowalsky');
    register.learn('kowalski', 40);
    const [reach] = (await vocabulary.reach(['kowalsky'])).reaches;
    expect(reach?.nearest).toEqual(['kowalsky', 'kowalski']);
    expect(reach?.closeness.get('kowalsky')).toBeGreaterThan(1);
    expect(reach?.bearers.get('kowalski')).toBe(40);
  });

  test('a check with any token not remembered reads them all afresh', async () => {
    const { register, vocabulary } = given('jan', 'kowalski');
    await vocabulary.reach(['kowalski']);
    const read = await vocabulary.reach(['jan', 'kowalski']);
    expect(read.remembered).toBe(false);
    expect(register.reads).toBe(2);
  });

  test('a token that reaches nothing is not remembered: the register may learn the name', async () => {
    const { register, vocabulary } = given('kowalski');
    await vocabulary.reach(['wronsky']);
    register.learn('wronski');
    register.version = 'checkpoint-2@1';
    const [reach] = (await vocabulary.reach(['wronsky'])).reaches;
    expect(reach?.nearest).toEqual(['wronski']);
  });

  test('candidates read from another version of the register than the vocabulary: not confirmed, and what was remembered is forgotten', async () => {
    const { register, vocabulary } = given('kowalski');
    const used = await vocabulary.reach(['kowalski']);
    expect(vocabulary.confirm(used.version, 'checkpoint-1@1')).toBe(true);
    expect(vocabulary.confirm(used.version, 'checkpoint-2@1')).toBe(false);
    expect((await vocabulary.reach(['kowalski'])).remembered).toBe(false);
    expect(register.reads).toBe(2);
  });

  test('a register that has moved on (a rebuild swaps the key table at the same checkpoint) is read at its new version', async () => {
    const { register, vocabulary } = given('kowalski');
    await vocabulary.reach(['kowalski']);
    register.version = 'checkpoint-1@2';
    register.learn('kowalsky');
    const read = await vocabulary.reach(['kowalsky']);
    expect(read.version).toBe('checkpoint-1@2');
    // …and what was remembered at the old one is not reused with it
    expect((await vocabulary.reach(['kowalski', 'kowalsky'])).remembered).toBe(false);
  });

  test('asked afresh, it reads even what it remembers', async () => {
    const { register, vocabulary } = given('kowalski');
    await vocabulary.reach(['kowalski']);
    expect((await vocabulary.reach(['kowalski'], true)).remembered).toBe(false);
    expect(register.reads).toBe(2);
  });

  test('of the tokens a name reaches, the nearest few are kept in order, and how many bear each of all of them', async () => {
    const register = new RegisterKeys();
    for (const token of ['kowalski', 'kowalska', 'kowalsky', 'kowalsk']) register.learn(token);
    const [reach] = (await new Vocabulary(register.asDataSource(), 100, 2).reach(['kowalski'])).reaches;
    expect(reach?.nearest).toHaveLength(2);
    expect(reach?.nearest[0]).toBe('kowalski');
    expect([...(reach?.closeness.keys() ?? [])]).toEqual(reach?.nearest);
    expect(reach?.bearers.size).toBe(4);
  });

  test('bounded: past its limit it forgets, and reads again', async () => {
    const register = new RegisterKeys();
    const names = Array.from({ length: 5 }, (_, i) => `name${'abcde'[i]}x`);
    for (const name of names) register.learn(name);
    const vocabulary = new Vocabulary(register.asDataSource(), 3, 20);
    for (const name of names) await vocabulary.reach([name]);
    expect((await vocabulary.reach([names[0] as string])).remembered).toBe(false);
  });
});
