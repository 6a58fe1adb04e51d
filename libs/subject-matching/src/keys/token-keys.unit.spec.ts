import fc from 'fast-check';
import { normaliseName } from '#domain';
import { matchTokens } from '../names/match-tokens.js';
import { queryKeys, tokenKeys } from './token-keys.js';

const sharesKey = (registerToken: string, queryToken: string): boolean => {
  const keys = new Set(tokenKeys(registerToken));
  return queryKeys(queryToken).some((key) => keys.has(key));
};
const token = (raw: string): string => normaliseName(raw);

describe('tokenKeys: each kind of key', () => {
  it('given a name, then its exact key is the name itself', () => {
    expect(tokenKeys('kowalski')).toContain('=kowalski');
  });

  it('given MacDonald and McDonald, then both have the key =mcdonald', () => {
    expect(tokenKeys('macdonald')).toContain('=mcdonald');
    expect(tokenKeys('mcdonald')).toContain('=mcdonald');
  });

  it('given a name of 4+ letters, then it has itself and every one-letter deletion as ~ keys', () => {
    const keys = tokenKeys('nowak');
    for (const key of ['~nowak', '~owak', '~nwak', '~noak', '~nowk', '~nowa']) expect(keys).toContain(key);
  });

  it('given a 3-letter name, then it has only ~itself (a slip in a short name is another name)', () => {
    expect(tokenKeys('jan').filter((key) => key.startsWith('~'))).toEqual(['~jan']);
    expect(tokenKeys('li').filter((key) => key.startsWith('~'))).toEqual([]);
  });

  it('given a name, then it has its Double Metaphone codes, primary and alternate', () => {
    expect(tokenKeys('kowalski')).toContain('#KLSK');
    expect(tokenKeys('wisniewski')).toEqual(expect.arrayContaining(['#ASNSK', '#FSNFSK']));
  });

  it('given a name in the curated list, then it has its group keys', () => {
    expect(tokenKeys('mohammed')).toContain('@muhammad');
    expect(tokenKeys('jan')).toContain('@john.en');
  });

  it('keeps the count modest: under 20 keys for names up to 14 letters, all distinct', () => {
    for (const name of ['kowalski', 'wisniewski', 'mohammed', 'nguyen', 'kazlauskiene', 'abdulrahmanov', 'oluwadamilare']) {
      const keys = tokenKeys(name);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.length).toBeLessThan(20);
    }
  });
});

// Each variant kind of the issue, across communities: the register spelling, then the query's.
const VARIANT_PAIRS: ReadonlyArray<readonly [kind: string, register: string, query: string]> = [
  ['particle', 'Al-Hassan', 'Alhassan'],
  ['particle', 'Alhassan', 'Al Hassan'],
  ['particle', "O'Neill", 'O Neill'],
  ['Mc/Mac', 'McDonald', 'MacDonald'],
  ['Mc/Mac', 'Mc Donald', 'MacDonald'],
  ['transliteration', 'Mohammed', 'Muhammad'],
  ['transliteration', 'Mohamed', 'Mohamad'],
  ['transliteration', 'Aleksandr', 'Alexander'],
  ['transliteration', 'Oleksandr', 'Alexander'],
  ['transliteration', 'Yusuf', 'Yousef'],
  ['transliteration', 'Nguyen', 'Ngyuen'],
  ['transliteration', 'Zhang', 'Cheung'],
  ['transliteration', 'Tesfaye', 'Tesfai'],
  ['transliteration', 'Chaudhry', 'Choudhury'],
  ['transliteration', 'Horváth', 'Horvat'],
  ['transliteration', 'Oluwaseun', 'Seun'],
  ['englishForm', 'Jan', 'John'],
  ['englishForm', 'Piotr', 'Peter'],
  ['englishForm', 'Józef', 'Joseph'],
  ['englishForm', 'Gjon', 'John'],
  ['englishForm', 'Gheorghe', 'George'],
  ['englishForm', 'István', 'Stephen'],
  ['englishForm', 'Jonas', 'John'],
  ['as heard', 'Kowalski', 'Kowalsky'],
  ['as heard', 'Wiśniewski', 'Wisnewski'],
  ['as heard', 'Ionescu', 'Ionesco'],
  ['as heard', 'Shevchenko', 'Schewtschenko'],
  ['typing slip', 'Kazlauskas', 'Kazlauskaz'],
  ['typing slip', 'Popescu', 'Popsecu'],
  ['typing slip', 'Hoxha', 'Hoxhaa'],
];

describe('every variant kind is reachable through a shared key', () => {
  it.each(VARIANT_PAIRS)('given %s: register %s, query %s, then they share a key', (_kind, register, query) => {
    const registerTokens = matchTokens(register);
    const queryTokens = matchTokens(query);
    const shared = registerTokens.some((r) => queryTokens.some((q) => sharesKey(r, q)));
    expect(shared).toBe(true);
  });

  it('given diacritics typed or not (Łukasz, Ștefan, Nguyễn, Kovács, Çela), then the plain spelling shares the exact key', () => {
    for (const [marked, plain] of [['Łukasz', 'Lukasz'], ['Ștefan', 'Stefan'], ['Nguyễn', 'Nguyen'], ['Kovács', 'Kovacs'], ['Çela', 'Cela']]) {
      expect(sharesKey(token(marked as string), token(plain as string))).toBe(true);
    }
  });
});

const letters = 'abcdefghijklmnopqrstuvwxyz';
const registerName = fc.stringMatching(/^[a-z]{4,12}$/);

/** All spellings one insertion, deletion, substitution or adjacent transposition away. */
type Slip = { kind: 'insert' | 'delete' | 'substitute' | 'transpose'; at: number; letter: number };
const slip = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'substitute', 'transpose') as fc.Arbitrary<Slip['kind']>,
  at: fc.nat(),
  letter: fc.nat({ max: 25 }),
});
function applySlip(name: string, { kind, at, letter }: Slip): string {
  const i = at % name.length;
  const l = letters[letter] as string;
  switch (kind) {
    case 'insert':
      return name.slice(0, i) + l + name.slice(i);
    case 'delete':
      return name.slice(0, i) + name.slice(i + 1);
    case 'substitute':
      return name.slice(0, i) + l + name.slice(i + 1);
    case 'transpose':
      return i + 1 < name.length ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2) : name;
  }
}

describe('typing slips that undo the Mac/Mc fold', () => {
  it('given Macaaaa (kept as Mcaaaa) and a letter typed before it, then the slipped spelling still shares a key with it', () => {
    expect(sharesKey('macaaaa', 'amacaaaa')).toBe(true);
    expect(sharesKey('macdonald', 'xmacdonald')).toBe(true);
  });
});

describe('typing slips (property)', () => {
  it('given any name of 4+ letters and any single slip, then the slipped spelling shares a key with it', () => {
    fc.assert(
      fc.property(registerName, slip, (name, s) => {
        const typed = applySlip(name, s);
        expect(sharesKey(name, typed)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rules for every name', () => {
  it.each([
    ['Albanian xh', 'Xhafa', 'Jafa'],
    ['Cyrillic дж as dzh', 'Dzhabarov', 'Jabarov'],
    ['ph as f', 'Pham', 'Fam'],
    ['Lithuanian married form', 'Kazlauskas', 'Kazlauskienė'],
    ['Lithuanian unmarried form', 'Kazlauskas', 'Kazlauskaitė'],
    ['Lithuanian -is', 'Petraitis', 'Petraitienė'],
    ['Czech -ová', 'Horváth', 'Horváthová'],
    ['Slovak -ová', 'Novák', 'Nováková'],
  ])('given %s (%s / %s), then they share a key', (_rule, register, query) => {
    expect(sharesKey(token(register), token(query))).toBe(true);
  });
});
