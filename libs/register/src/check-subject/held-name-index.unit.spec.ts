import { matchTokens } from '#subject-matching';
import { pairKey, pairsOf, tokensOf } from '../projection/subject-names.js';
import { type HeldSubject, HeldNameIndex } from './held-name-index.js';
import type { NameSearch } from './name-index.lookup.js';

let nextId = 0;
/** A subject with orders bearing these names ("forenames surname"), the first their recorded name. */
function subject(names: string[], dateOfBirth: string | null, extra: { pncId?: string; croNumber?: string; hasOrders?: boolean; id?: string } = {}): HeldSubject {
  const subjectId = extra.id ?? `00000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;
  const rows = names.map((name, index) => {
    const words = name.split(' ');
    return { forenames: words.slice(0, -1).join(' '), surname: words.at(-1) as string, is_alias: index > 0, tokens: matchTokens(name) };
  });
  return {
    row: {
      subject_id: subjectId,
      forenames: rows[0]?.forenames ?? '',
      surname: rows[0]?.surname ?? '',
      date_of_birth: dateOfBirth,
      pnc_id: extra.pncId ?? null,
      cro_number: extra.croNumber ?? null,
      names: rows.map(({ forenames, surname, is_alias }) => ({ forenames, surname, is_alias })),
    },
    tokens: tokensOf(rows),
    pairs: pairsOf(rows),
    hasOrders: extra.hasOrders ?? true,
  };
}

/** A search as the vocabulary would make it, each query token reaching only its own spelling. */
function search(name: string, dateOfBirth: string | null = null, options: { fewBorne?: string[]; birthDates?: string[] } = {}): NameSearch {
  const tokens = matchTokens(name);
  const pairs: string[] = [];
  for (let i = 0; i < tokens.length; i++) for (let j = i + 1; j < tokens.length; j++) pairs.push(pairKey(tokens[i] as string, tokens[j] as string));
  return {
    pairs: tokens.length > 1 ? pairs : [],
    tokens,
    tokenParts: tokens.map((_, index) => index),
    birthYear: dateOfBirth ? Number(dateOfBirth.slice(0, 4)) : null,
    birthDates: options.birthDates ?? (dateOfBirth && dateOfBirth.length === 10 ? [dateOfBirth] : []),
    oneName: tokens.length === 1,
    fewBorne: options.fewBorne ?? [],
    frequency: () => 1,
    subjects: 1,
    vocabulary: { version: 'v', remembered: false },
  };
}

function given(...subjects: HeldSubject[]): HeldNameIndex {
  const index = new HeldNameIndex();
  index.hold(subjects);
  return index;
}

const found = (index: HeldNameIndex, asked: NameSearch | null, pncId: string | null = null, croNumber: string | null = null) =>
  index
    .candidates(asked, pncId, croNumber)
    .map((row) => `${row.forenames} ${row.surname} ${row.date_of_birth ?? '-'}`)
    .sort();

describe('the name index held in memory', () => {
  test('given namesakes and others, a full name finds those who bear both names together in one name', () => {
    const index = given(subject(['Jan Kowalski'], '1980-02-03'), subject(['Jan Nowak', 'Piotr Kowalski'], '1980-02-03'), subject(['Anna Kowalski'], '1975-01-01'));
    expect(found(index, search('Jan Kowalski'))).toEqual(['Jan Kowalski 1980-02-03']);
  });

  test('given a subject without orders, they are never a candidate', () => {
    const index = given(subject(['Jan Kowalski'], '1980-02-03', { hasOrders: false }), subject(['Jan Kowalski'], null));
    expect(found(index, search('Jan Kowalski'))).toEqual(['Jan Kowalski -']);
    expect(index.size).toBe(1);
  });

  test('given more than fifty namesakes, those born near the year asked are read first, then the undated', () => {
    const namesakes = Array.from({ length: 120 }, (_, n) => subject(['David Smith'], `${1940 + (n % 60)}-06-15`));
    const index = given(...namesakes, subject(['David Smith'], null));
    const read = found(index, search('David Smith', '1985'));
    expect(read).toHaveLength(50);
    const years = read.map((entry) => Number(entry.slice(-10, -6)));
    // 1983–1987, two namesakes each, are in the band; the rest are the nearest years either side.
    expect(years.filter((year) => Math.abs(year - 1985) <= 2)).toHaveLength(10);
    expect(Math.max(...years.map((year) => Math.abs(year - 1985)))).toBeLessThanOrEqual(13);
  });

  test('given a full name with a year, by year reads bearers of two parts of the name, not of one alone', () => {
    const index = given(subject(['Ladislav Horvath'], '1970-03-03'), subject(['Ladislav Novak'], '1970-04-04'));
    const asked = { ...search('Laszlo Horvath', '1970'), tokens: ['ladislav', 'horvath'], tokenParts: [0, 1], pairs: ['laszlo horvath'] };
    expect(found(index, asked)).toEqual(['Ladislav Horvath 1970-03-03']);
  });

  test('given a full date of birth, anyone bearing a part of the name born on a date that agrees in full is read', () => {
    const index = given(subject(['Olena Shevchenko'], '1990-05-07'), subject(['Olena Bondarenko'], '1990-07-05'), subject(['Olena Koval'], '1991-05-07'));
    const asked = search('Olena Marchenko', '1990-05-07', { birthDates: ['1990-05-07', '1990-07-05'] });
    expect(found(index, asked)).toEqual(['Olena Bondarenko 1990-07-05', 'Olena Shevchenko 1990-05-07']);
  });

  test('given a surname alone with a year, only its undated bearers are read, unless few bear it', () => {
    const index = given(subject(['Ivan Petrenko'], '1960-01-01'), subject(['Oleh Petrenko'], null), subject(['Taras Petrenko'], '1985-02-02'));
    expect(found(index, search('Petrenko', '1970'))).toEqual(['Oleh Petrenko -']);
    expect(found(index, search('Petrenko', '1970', { fewBorne: ['petrenko'] }))).toEqual(['Ivan Petrenko 1960-01-01', 'Oleh Petrenko -', 'Taras Petrenko 1985-02-02']);
    expect(found(index, search('Petrenko'))).toHaveLength(3);
  });

  test('given a PNC ID or a CRO number, whoever holds it is a candidate whatever the name', () => {
    const index = given(subject(['Ion Popescu'], null, { pncId: '2019/0123456Z' }), subject(['Maria Ionescu'], null, { croNumber: '123456/19A' }));
    expect(found(index, null, '2019/0123456Z')).toEqual(['Ion Popescu -']);
    expect(found(index, null, null, '123456/19A')).toEqual(['Maria Ionescu -']);
    expect(found(index, null, '2019/9999999Z')).toEqual([]);
  });

  test('given a subject held again with a corrected name, they are found by the new name only, and by their PNC ID still', () => {
    const index = given(subject(['Jon Smyth'], '1980-01-01', { id: 'a0000000-0000-4000-8000-000000000001', pncId: '2019/0123456Z' }));
    index.hold([subject(['John Smith'], '1980-01-01', { id: 'a0000000-0000-4000-8000-000000000001', pncId: '2019/0123456Z' })]);
    expect(found(index, search('Jon Smyth'))).toEqual([]);
    expect(found(index, search('John Smith'))).toEqual(['John Smith 1980-01-01']);
    expect(found(index, null, '2019/0123456Z')).toEqual(['John Smith 1980-01-01']);
    expect(index.size).toBe(1);
  });

  test('given a subject changed again and again, once laid out they are found by their last name only, by their PNC ID still', () => {
    const id = 'b0000000-0000-4000-8000-000000000001';
    const index = given(subject(['Ion Popa'], '1970-01-01', { id }), subject(['Ion Popescu'], '1971-01-01'));
    for (const surname of ['Popov', 'Popovici', 'Popa', 'Pop', 'Popescu', 'Poplawski']) index.hold([subject([`Ion ${surname}`], '1970-01-01', { id, pncId: '2019/0123456Z' })]);
    index.layOut();
    expect(found(index, search('Ion Poplawski'))).toEqual(['Ion Poplawski 1970-01-01']);
    expect(found(index, search('Ion Popescu'))).toEqual(['Ion Popescu 1971-01-01']);
    expect(found(index, null, '2019/0123456Z')).toEqual(['Ion Poplawski 1970-01-01']);
    expect(index.size).toBe(2);
    index.hold([subject(['Ion Popa'], '1970-01-01', { id })]);
    expect(found(index, search('Ion Popa'))).toEqual(['Ion Popa 1970-01-01']);
    expect(found(index, search('Ion Poplawski'))).toEqual([]);
  });

  test('given the postings laid out or still as added, every search reads the same candidates', () => {
    const forenames = ['Mohammed', 'Ali', 'David', 'Anna', 'Ion', 'Olena', 'Jan'];
    const surnames = ['Khan', 'Smith', 'Popescu', 'Kowalski', 'Nguyen'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const people = Array.from({ length: 3_000 }, () => {
      const name = `${forenames[next(forenames.length)]} ${surnames[next(surnames.length)]}`;
      const alias = next(3) === 0 ? [`${forenames[next(forenames.length)]} ${surnames[next(surnames.length)]}`] : [];
      const born = next(10) === 0 ? null : `${1950 + next(50)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
      return subject([name, ...alias], born);
    });
    // Some change their name or date of birth after they were first held; a few lose their orders.
    const changed = people.slice(1_000, 1_300).map((person, n) =>
      subject([`${forenames[n % forenames.length]} ${surnames[(n + 2) % surnames.length]}`], n % 4 === 0 ? null : `19${50 + (n % 50)}-01-0${1 + (n % 9)}`, {
        id: person.row.subject_id,
        hasOrders: n % 10 !== 0,
      }),
    );
    const asAdded = new HeldNameIndex({ fewestAddedBeforeLayout: Number.POSITIVE_INFINITY });
    asAdded.hold([...people, ...changed]);
    const laidOut = new HeldNameIndex({ fewestAddedBeforeLayout: 0 });
    laidOut.hold(people.slice(0, 1_500));
    laidOut.layOutIfDue();
    laidOut.hold(people.slice(1_500, 2_000));
    laidOut.layOutIfDue();
    laidOut.hold([...people.slice(2_000), ...changed]);
    laidOut.layOutIfDue();
    const laidOutOnce = new HeldNameIndex({ fewestAddedBeforeLayout: 1_000_000 });
    laidOutOnce.holdAll(people.slice(0, 1_500));
    laidOutOnce.layOut();
    laidOutOnce.hold([...people.slice(1_500), ...changed]);
    expect([laidOut.size, laidOutOnce.size]).toEqual([asAdded.size, asAdded.size]);
    for (const name of ['Mohammed Khan', 'Ali Smith', 'Khan', 'Anna Nguyen', 'Jan Kowalski']) {
      for (const born of [null, '1970', '1975-03-04']) {
        const asked = search(name, born, { fewBorne: ['kowalski'] });
        const expected = found(asAdded, asked);
        expect(expected.length).toBeGreaterThan(0);
        expect(found(laidOut, asked)).toEqual(expected);
        expect(found(laidOutOnce, asked)).toEqual(expected);
      }
    }
  });
});
