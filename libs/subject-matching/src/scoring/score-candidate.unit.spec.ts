import fc from 'fast-check';
import { type Candidate, type MatchQuery, scoreCandidate, type Scored } from './score-candidate.js';

// A register of 100,000 subjects: how many have each token. Unlisted tokens are rare (2).
const SUBJECTS = 100_000;
const FREQUENCIES: Readonly<Record<string, number>> = {
  smith: 1500, john: 2000, jones: 900, khan: 2000, ali: 1800, mohammed: 2500, muhammad: 1500, mohamed: 900, ahmed: 1200,
  hussain: 900, shah: 700, nowak: 300, jan: 800, piotr: 500, peter: 400, kowalski: 250, tomas: 300, nguyen: 1200,
  van: 900, minh: 300, wei: 400, zhang: 500, chen: 600, popescu: 200, ion: 300, ionescu: 150, andrei: 350, david: 900,
};
const frequency = (token: string): number => FREQUENCIES[token] ?? 2;

const DOB = '1985-03-02';

function person(forenames: string, surname: string, dateOfBirth: string | null = DOB, aliases: Array<[string, string]> = []): Candidate {
  return {
    names: [{ forenames, surname, isAlias: false }, ...aliases.map(([f, s]) => ({ forenames: f, surname: s, isAlias: true }))],
    dateOfBirth,
    pncId: null,
    croNumber: null,
  };
}
function query(name: string | null, dateOfBirth: string | null = DOB, ids: Partial<Pick<MatchQuery, 'pncId' | 'croNumber'>> = {}): MatchQuery {
  return { name, dateOfBirth, pncId: ids.pncId ?? null, croNumber: ids.croNumber ?? null };
}
const score = (q: MatchQuery, c: Candidate): Scored | null => scoreCandidate(q, c, frequency, SUBJECTS);

// The variant kinds across the register's communities: the person as recorded, the name
// as the officer typed it, and the reason the match must give.
const VARIANTS: ReadonlyArray<readonly [community: string, recorded: [string, string], typed: string, reason: string]> = [
  ['Polish', ['Piotr', 'Nowak'], 'Peter Nowak', 'englishForm'],
  ['Polish', ['Jan', 'Kowalski'], 'Jan Kowalsky', 'spelling'],
  ['Polish', ['Łukasz', 'Wiśniewski'], 'Lukasz Wisnewski', 'spelling'],
  ['Polish', ['Józef', 'Wójcik'], 'Joseph Wojcik', 'englishForm'],
  ['Romanian', ['Ion', 'Ionescu'], 'Ion Ionesco', 'spelling'],
  ['Romanian', ['Gheorghe', 'Popescu'], 'George Popescu', 'englishForm'],
  ['Romanian', ['Ștefan', 'Dumitrescu'], 'Stefan Dumitrescu', 'name'],
  ['Albanian', ['Gjon', 'Hoxha'], 'John Hoxha', 'englishForm'],
  ['Albanian', ['Ardit', 'Çela'], 'Ardit Cela', 'name'],
  ['Vietnamese', ['Van Minh', 'Nguyễn'], 'Nguyen Van Minh', 'nameOrder'],
  ['Vietnamese', ['Van Minh', 'Nguyễn'], 'Minh Ngyuen', 'variant'],
  ['Chinese', ['Wei', 'Zhang'], 'Zhang Wei', 'nameOrder'],
  ['Chinese', ['Wei', 'Zhang'], 'Wei Cheung', 'variant'],
  ['Nigerian', ['Oluwaseun', 'Adebayo'], 'Seun Adebayo', 'variant'],
  ['Nigerian', ['Chukwuemeka', 'Okafor'], 'Emeka Okafor', 'variant'],
  ['Eritrean', ['Tesfaye', 'Gebremedhin'], 'Gebremedhin Tesfay', 'nameOrder'],
  ['Lithuanian', ['Jonas', 'Kazlauskas'], 'John Kazlauskas', 'englishForm'],
  ['Lithuanian', ['Tomas', 'Petrauskas'], 'Tomas Petrauskaz', 'spelling'],
  ['Lithuanian', ['Rasa', 'Kazlauskienė'], 'Rasa Kazlauskas', 'variant'],
  ['Slovak Roma', ['Jana', 'Horváthová'], 'Jana Horvath', 'variant'],
  ['Albanian', ['Dritan', 'Xhafa'], 'Dritan Jafa', 'phonetic'],
  ['Russian', ['Ruslan', 'Dzhabarov'], 'Ruslan Jabarov', 'phonetic'],
  ['Hungarian', ['István', 'Horváth'], 'Horvath Istvan', 'nameOrder'],
  ['Hungarian', ['István', 'Horváth'], 'Stephen Horvat', 'englishForm'],
  ['Arabic', ['Mohammed', 'Al-Hassan'], 'Muhammad Alhassan', 'variant'],
  ['Arabic', ['Mohammed', 'Al-Hassan'], 'Mohamed Al Hassan', 'variant'],
  ['Pakistani', ['Imran', 'Chaudhry'], 'Imran Choudhury', 'variant'],
  ['Afghan', ['Ahmad Shah', 'Ahmadzai'], 'Ahmed Ahmadzai', 'variant'],
  ['Slovak Roma', ['Jozef', 'Lakatoš'], 'Joseph Lakatos', 'englishForm'],
  ['Czech Roma', ['Josef', 'Dužda'], 'Josef Duzda', 'name'],
  ['Ukrainian', ['Oleksandr', 'Shevchenko'], 'Aleksandr Shevchenko', 'variant'],
  ['Ukrainian', ['Oleksandr', 'Shevchenko'], 'Alexander Schewtschenko', 'variant'],
  ['Russian', ['Yevgeny', 'Ivanov'], 'Evgeny Ivanoff', 'variant'],
  ['Irish', ['Seán', "O'Neill"], 'Shaun O Neill', 'variant'],
  ['Scottish', ['Angus', 'MacDonald'], 'Angus Mc Donald', 'name'],
  // a slip before Mac undoes the fold: amacdonald is two edits from mcdonald, one from macdonald
  ['Scottish', ['Angus', 'MacDonald'], 'Angus aMacDonald', 'spelling'],
  ['Scottish', ['Angus', 'McDonald'], 'Angus Macdonnald', 'spelling'],
  ['British', ['David', 'Smith-Jones'], 'David Smithjones', 'name'],
  ['Polish', ['Piotr Jan', 'Nowak'], 'Piotr Nowak', 'name'],
  ['Polish', ['Piotr', 'Nowak'], 'Piotr Jan Nowak', 'partialName'],
];

describe('scoreCandidate: the true person is found however the name is spelled', () => {
  it.each(VARIANTS)('given a %s subject %j, when an officer types %j with the date of birth, then it is strong, on %s', (_community, [forenames, surname], typed, reason) => {
    const result = score(query(typed), person(forenames, surname));
    expect(result).toEqual(expect.objectContaining({ band: 'strong', matchedOn: expect.arrayContaining([reason, 'dateOfBirth']) }));
  });

  it.each(VARIANTS)('given a %s subject %j and a near neighbour with the same surname, when an officer types %j, then the subject scores higher', (_community, [forenames, surname], typed) => {
    const truePerson = score(query(typed), person(forenames, surname))!;
    const neighbour = score(query(typed), person('Bartholomew', surname));
    expect(truePerson.score).toBeGreaterThan(neighbour?.score ?? 0);
  });

  it.each(VARIANTS)('given a %s subject %j, when %j is typed without a date of birth, then it is still returned', (_community, [forenames, surname], typed) => {
    expect(score(query(typed, null), person(forenames, surname))).not.toBeNull();
  });

  it('given a subject known under an alias, when the officer types the alias, then it is found on the alias', () => {
    const subject = person('Adrian', 'Popa', DOB, [['Florin', 'Dinu']]);
    expect(score(query('Florin Dinu'), subject)).toEqual(expect.objectContaining({ band: 'strong', matchedOn: ['alias', 'dateOfBirth'] }));
    expect(score(query('Adrian Popa'), subject)?.matchedOn).toEqual(['name', 'dateOfBirth']);
  });
});

describe('scoreCandidate: families of generated slips', () => {
  const register: ReadonlyArray<[string, string]> = [
    ['Piotr', 'Wisniewski'], ['Andrei', 'Popescu'], ['Ardit', 'Krasniqi'], ['Thanh', 'Nguyen'], ['Chinedu', 'Okonkwo'],
    ['Tesfaye', 'Gebremedhin'], ['Mindaugas', 'Kazlauskas'], ['Laszlo', 'Horvath'], ['Tariq', 'Mahmood'], ['Dmytro', 'Bondarenko'],
    ['Jozef', 'Lakatos'], ['Siobhan', 'Gallagher'],
  ];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const slip = (name: string, kind: number, at: number, letter: number): string => {
    const i = at % name.length;
    const l = letters[letter % 26] as string;
    if (kind === 0) return name.slice(0, i) + l + name.slice(i);
    if (kind === 1) return name.slice(0, i) + name.slice(i + 1);
    if (kind === 2) return name.slice(0, i) + l + name.slice(i + 1);
    return i + 1 < name.length ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2) : name;
  };

  it('given any subject and one typing slip in the surname, then the subject is returned and beats a neighbour with the same surname', () => {
    fc.assert(
      fc.property(fc.constantFrom(...register), fc.nat(3), fc.nat(), fc.nat(), ([forenames, surname], kind, at, letter) => {
        const typed = `${forenames} ${slip(surname.toLowerCase(), kind, at, letter)}`;
        const truePerson = score(query(typed), person(forenames, surname));
        expect(truePerson).not.toBeNull();
        const neighbour = score(query(typed), person('Bartholomew', surname));
        expect(truePerson!.score).toBeGreaterThan(neighbour?.score ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it('given any subject and one typing slip in the forename, then the subject is returned', () => {
    fc.assert(
      fc.property(fc.constantFrom(...register), fc.nat(3), fc.nat(), fc.nat(), ([forenames, surname], kind, at, letter) => {
        const typed = `${slip(forenames.toLowerCase(), kind, at, letter)} ${surname}`;
        expect(score(query(typed), person(forenames, surname))).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('given any subject, when the name is typed surname first, then the subject is found on nameOrder', () => {
    for (const [forenames, surname] of register) {
      expect(score(query(`${surname} ${forenames}`), person(forenames, surname))?.matchedOn).toContain('nameOrder');
    }
  });
});

describe('scoreCandidate: strangers are not returned', () => {
  it('given "Piotr Nowak 1985-03-02", then "Jan Nowak 1971-06-11" (surname only) is not returned', () => {
    expect(score(query('Piotr Nowak', '1985-03-02'), person('Jan', 'Nowak', '1971-06-11'))).toBeNull();
  });

  it('given a common full name, then the same name with a clearly different date of birth is not returned', () => {
    expect(score(query('John Smith', '1980-05-05'), person('John', 'Smith', '1962-11-23'))).toBeNull();
    expect(score(query('Mohammed Khan', '1990-07-14'), person('Mohammed', 'Khan', '1975-02-09'))).toBeNull();
  });

  it('given a rare full name, then the same name with a different date of birth may still be possible', () => {
    expect(score(query('Dritan Xhaferaj', '1980-05-05'), person('Dritan', 'Xhaferaj', '1962-11-23'))).toEqual(
      expect.objectContaining({ band: 'possible', matchedOn: ['name'] }),
    );
  });

  it('given a name that shares nothing, then nothing is returned', () => {
    expect(score(query('Piotr Nowak'), person('Wei', 'Zhang'))).toBeNull();
    expect(score(query('Nowak'), person('Nick', 'Newman'))).toBeNull();
  });

  it('given a common surname and the same date of birth but another forename, then it is not returned', () => {
    expect(score(query('Bilal Khan'), person('Abdulrahman', 'Khan'))).toBeNull();
    expect(score(query('Peter Smith'), person('Gary', 'Smith'))).toBeNull();
  });

  it('given a less common surname and the same date of birth but another forename, then it is only possible, on partialName', () => {
    for (const [typed, forename, surname] of [['Piotr Nowak', 'Jan', 'Nowak'], ['Piotr Xhaferaj', 'Dritan', 'Xhaferaj']]) {
      expect(score(query(typed as string), person(forename as string, surname as string))).toEqual(
        expect.objectContaining({ band: 'possible', matchedOn: ['name', 'partialName', 'dateOfBirth'] }),
      );
    }
  });

  it('given a surname that is also a particle elsewhere (Lê, Da), then it is the name itself and must agree', () => {
    expect(score(query('Ngoc Huong Ton', '1981-01-01'), person('Ngoc Huong', 'Lê', '1980-10-06'))).toBeNull();
    expect(score(query('Lê', '1985'), person('Thanh Cuong', 'Lê'))).toEqual(expect.objectContaining({ matchedOn: ['name', 'yearOfBirth'] }));
  });

  it('given 1 January recorded as a stand-in, then the year still tells people apart when years apart', () => {
    expect(score(query('Mohammed Khan', '2001-02-08'), person('Mohammed', 'Khan', '1989-01-01'))).toBeNull();
    expect(score(query('Mohammed Khan', '1989-06-15'), person('Mohammed', 'Khan', '1989-01-01'))).not.toBeNull();
    expect(score(query('Mohammed Khan', '1990-06-15'), person('Mohammed', 'Khan', '1989-01-01'))).not.toBeNull();
  });

  it('given two people with the same common name, then the date of birth tells them apart', () => {
    const right = score(query('John Smith', '1980-05-05'), person('John', 'Smith', '1980-05-05'));
    const wrong = score(query('John Smith', '1980-05-05'), person('John', 'Smith', '1981-09-30'));
    expect(right?.band).toBe('strong');
    expect(wrong).toBeNull();
  });
});

describe('scoreCandidate: one name given', () => {
  it('given a surname alone, then everyone with that surname is returned, however common', () => {
    expect(score(query('Nowak', null), person('Jan', 'Nowak'))).toEqual(expect.objectContaining({ band: 'possible', matchedOn: ['name'] }));
    expect(score(query('Smith', null), person('John', 'Smith'))).toEqual(expect.objectContaining({ band: 'possible', matchedOn: ['name'] }));
  });

  it('given a surname and a year of birth, then those with the name born that year are returned', () => {
    expect(score(query('Smith', '1980'), person('John', 'Smith', '1980-05-05'))?.matchedOn).toEqual(['name', 'yearOfBirth']);
    expect(score(query('Smith', '1980'), person('John', 'Smith', '1962-11-23'))).toBeNull();
  });
});

describe('scoreCandidate: identifiers are decisive', () => {
  it('given the same PNC ID, then the score is 1 and strong, whatever the name', () => {
    const subject = { ...person('Ion', 'Popa'), pncId: '2003/1234567Q' };
    expect(score(query('Someone Else', null, { pncId: '2003/1234567Q' }), subject)).toEqual({ score: 1, band: 'strong', matchedOn: ['pncId'] });
  });

  it('given the same CRO number, then the score is 1 and strong, with the name reasons too', () => {
    const subject = { ...person('Ion', 'Popa'), croNumber: '123456/08T' };
    expect(score(query('Ion Popa', DOB, { croNumber: '123456/08T' }), subject)).toEqual({ score: 1, band: 'strong', matchedOn: ['croNumber', 'name', 'dateOfBirth'] });
  });

  it('given different PNC IDs, then a name and date agreement counts for less', () => {
    const subject = { ...person('Ion', 'Popa'), pncId: '2003/1234567Q' };
    const plain = score(query('Ion Popa'), person('Ion', 'Popa'))!;
    const conflicting = score(query('Ion Popa', DOB, { pncId: '1979/0123456T' }), subject);
    expect(conflicting?.band ?? 'none').not.toBe('strong');
    expect(conflicting?.score ?? 0).toBeLessThan(plain.score);
  });
});

describe('scoreCandidate: weights', () => {
  it('given exact names and no date of birth, then a rare name scores more than a common one', () => {
    const rare = score(query('Dritan Xhaferaj', null), person('Dritan', 'Xhaferaj'))!;
    const common = score(query('John Smith', null), person('John', 'Smith'))!;
    expect(rare.score).toBeGreaterThan(common.score);
  });

  it('given the date of birth exact, transposed, near, or a 1 January stand-in, then the score falls in that order', () => {
    const at = (dob: string) => score(query('Jan Kowalski', '1985-03-07'), person('Jan', 'Kowalski', dob))!;
    const exact = at('1985-03-07');
    const transposed = at('1985-07-03');
    const near = at('1985-03-08');
    expect(transposed.matchedOn).toContain('dateOfBirthTransposed');
    expect(exact.score).toBeGreaterThan(transposed.score);
    expect(transposed.score).toBeGreaterThan(near.score);
    const placeholder = score(query('Jan Kowalski', '1985-01-01'), person('Jan', 'Kowalski', '1985-01-01'))!;
    expect(placeholder.score).toBeLessThan(exact.score);
    expect(placeholder.band).toBe('possible');
  });

  it('given a 1 January stand-in against a real date, then the disagreement does not exclude the full name', () => {
    expect(score(query('Jan Kowalski', '1985-01-01'), person('Jan', 'Kowalski', '1983-06-10'))).not.toBeNull();
  });

  it('gives every score two decimals, between 0 and 1', () => {
    for (const [, [forenames, surname], typed] of VARIANTS) {
      const { score: value } = score(query(typed), person(forenames, surname))!;
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(0.99);
      expect(Math.round(value * 100) / 100).toBe(value);
    }
  });
});
