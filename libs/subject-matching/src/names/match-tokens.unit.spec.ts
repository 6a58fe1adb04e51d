import { matchTokens } from './match-tokens.js';
import { foldToken } from './particles.js';

describe('matchTokens', () => {
  it.each([
    ['Al Hassan', ['al', 'hassan', 'alhassan']],
    ['Al-Hassan', ['al', 'hassan', 'alhassan']],
    ['Alhassan', ['alhassan']],
    ["O'Neill", ['oneill']],
    ['O Neill', ['o', 'neill', 'oneill']],
    ['Mc Donald', ['mc', 'donald', 'mcdonald']],
    ['van der Berg', ['van', 'der', 'berg', 'vander', 'vanderberg', 'derberg']],
    ['Abdul Rahman', ['abdul', 'rahman', 'abdulrahman']],
    ['Smith-Jones', ['smith', 'jones', 'smithjones']],
    ['Nguyễn Văn Minh', ['nguyen', 'van', 'minh', 'nguyenvan', 'vanminh']],
    ['Łukasz', ['lukasz']],
    ['', []],
  ])('given %j, then the tokens are %j', (raw, expected) => {
    expect(matchTokens(raw)).toEqual(expected);
  });

  it('given a name written joined, hyphenated or apart, then all three share the joined token', () => {
    for (const [a, b, c] of [
      ['Al-Hassan', 'Alhassan', 'Al Hassan'],
      ["O'Neill", 'ONeill', 'O Neill'],
      ['Mc-Donald', 'McDonald', 'Mc Donald'],
      ['Abu-Bakr', 'Abubakr', 'Abu Bakr'],
      ['Bin-Laden', 'Binladen', 'Bin Laden'],
      ['Dos-Santos', 'Dossantos', 'Dos Santos'],
    ] as const) {
      const joined = matchTokens(b)[0] as string;
      expect(matchTokens(a)).toContain(joined);
      expect(matchTokens(c)).toContain(joined);
    }
  });
});

describe('foldToken (Mc/Mac)', () => {
  it('given MacDonald, then it is compared as McDonald; short names such as Mack stay as they are', () => {
    expect(foldToken('macdonald')).toBe('mcdonald');
    expect(foldToken('mcdonald')).toBe('mcdonald');
    expect(foldToken('mack')).toBe('mack');
  });
});
