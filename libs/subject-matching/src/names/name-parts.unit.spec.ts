import { joinedOf, namePartCount } from './name-parts.js';

describe('how many names a query holds', () => {
  test.each([
    ['Kowalski', 1],
    ['Al Hassan', 1],
    ['Al-Hassan', 1],
    ['van der Berg', 1],
    ['Lê', 1],
    ['Jan Kowalski', 2],
    ['Mohammed Al Hassan', 2],
    ['Thanh Cường Lê', 3],
    ["Siobhán O'Neill", 2],
  ])('%s: %i', (name, count) => {
    expect(namePartCount(name)).toBe(count);
  });
});

describe('a joined neighbour and its part are one name written two ways', () => {
  const tokens = ['al', 'hassan', 'alhassan', 'ion', 'ionescu'];
  test.each([
    ['alhassan', 'hassan', true],
    ['al', 'alhassan', true],
    ['ion', 'ionescu', false],
    ['hassan', 'ion', false],
  ])('%s and %s: %s', (a, b, joined) => {
    expect(joinedOf(a, b, tokens)).toBe(joined);
  });
});
