import { compareDatesOfBirth, datesAgreeingWith } from './date-of-birth.js';

describe('compareDatesOfBirth', () => {
  it.each([
    ['1985-03-02', '1985-03-02', 'exact'],
    ['1985-03-07', '1985-07-03', 'transposed'],
    ['1985-03-02', '1985-03-03', 'near'],
    ['1985-12-31', '1986-01-01', 'differs'],
    ['1985-03-02', '1986-03-02', 'near'],
    ['1985-03-02', '1984-03-02', 'near'],
    ['1985-03-02', '1985-09-17', 'sameYear'],
    ['1985-03-02', '1971-06-11', 'differs'],
    ['1985-03-02', '1987-03-02', 'differs'],
    ['1985', '1985-03-02', 'exact'],
    ['1985', '1986-03-02', 'differs'],
    [null, '1985-03-02', 'unknown'],
    ['1985-03-02', null, 'unknown'],
    ['not a date', '1985-03-02', 'unknown'],
  ])('given the query %s and the candidate %s, then the level is %s', (query, candidate, level) => {
    expect(compareDatesOfBirth(query, candidate).level).toBe(level);
  });

  it('given 31 December and the next 1 January, then they differ (±1 day counts within the same year) and 1 January marks a placeholder', () => {
    expect(compareDatesOfBirth('1985-12-31', '1986-01-01')).toEqual({ level: 'differs', placeholder: true, yearOnly: false, yearsApart: 1 });
  });

  it('given 1 January on either side, then the comparison says placeholder', () => {
    expect(compareDatesOfBirth('1985-01-01', '1985-01-01')).toEqual({ level: 'exact', placeholder: true, yearOnly: false, yearsApart: 0 });
    expect(compareDatesOfBirth('1985-03-02', '1985-01-01')).toEqual({ level: 'sameYear', placeholder: true, yearOnly: false, yearsApart: 0 });
    expect(compareDatesOfBirth('1985-03-02', '1985-03-02').placeholder).toBe(false);
  });

  it('given a year-only query, then the comparison says so', () => {
    expect(compareDatesOfBirth('1985', '1985-03-02')).toEqual({ level: 'exact', placeholder: false, yearOnly: true, yearsApart: 0 });
  });
});

describe('datesAgreeingWith: the dates of birth that agree in full with one asked', () => {
  const agreesInFull = (asked: string, date: string) => ['exact', 'transposed', 'near'].includes(compareDatesOfBirth(asked, date).level);

  function everyDayAround(asked: string): string[] {
    const year = Number(asked.slice(0, 4));
    const days: string[] = [];
    for (let time = Date.UTC(year - 3, 0, 1); time < Date.UTC(year + 4, 0, 1); time += 86_400_000) days.push(new Date(time).toISOString().slice(0, 10));
    return days;
  }

  test.each(['1985-03-07', '1985-07-03', '1985-03-14', '1980-02-29', '1984-12-31', '1990-01-01', '1979-01-02', '2001-11-11'])(
    'for %s: every day within three years that agrees in full is listed, and every day listed agrees in full',
    (asked) => {
      const listed = datesAgreeingWith(asked);
      const agreeing = everyDayAround(asked).filter((day) => agreesInFull(asked, day));
      expect(listed).toEqual(expect.arrayContaining(agreeing));
      for (const day of listed) expect(agreesInFull(asked, day)).toBe(true);
    },
  );

  test('a year alone, or no readable date, asks for no dates', () => {
    expect(datesAgreeingWith('1985')).toEqual([]);
    expect(datesAgreeingWith('not a date')).toEqual([]);
  });
});
