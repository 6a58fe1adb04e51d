import fc from 'fast-check';
import { jaroSimilarity, jaroWinkler } from './jaro-winkler.js';
import { osaDistance } from './osa-distance.js';
import { trigramSimilarity } from './trigram-similarity.js';

const name = fc.stringMatching(/^[a-z]{0,12}$/);

describe('Jaro–Winkler similarity', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['kowalski', 'kowalsky', 0.95],
  ])('given %s and %s, then it is about %d (Winkler 1990 examples)', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 2);
  });

  it('given identical names, then it is 1; given nothing in common, then 0', () => {
    expect(jaroWinkler('nowak', 'nowak')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'nowak')).toBe(0);
  });

  it('is symmetric and between 0 and 1 for any two names', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const ab = jaroWinkler(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaroSimilarity(a, b)).toBeCloseTo(jaroSimilarity(b, a), 12);
      }),
    );
  });
});

describe('optimal string alignment distance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['nguyen', 'ngyuen', 1],
    ['wisniewski', 'wisnewski', 1],
    ['ionescu', 'ionesco', 1],
    ['ca', 'abc', 3],
    ['', 'jan', 3],
    ['jan', 'jan', 0],
  ])('given %s and %s, then the distance is %d', (a, b, expected) => {
    expect(osaDistance(a, b)).toBe(expected);
  });

  it('given a ceiling, then distances above it come back as ceiling + 1', () => {
    expect(osaDistance('kowalski', 'nowak', 1)).toBe(2);
    expect(osaDistance('kowalski', 'kowalsky', 1)).toBe(1);
  });

  it('is symmetric, zero only for equal names, and at most the longer length', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const d = osaDistance(a, b);
        expect(osaDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(osaDistance(a, b, 2)).toBe(Math.min(d, 3));
      }),
    );
  });
});

describe('trigram similarity (as pg_trgm)', () => {
  it('given Mohammed and Muhammad, then it is only 0.2 — why transliterations need more than trigrams', () => {
    expect(trigramSimilarity('mohammed', 'muhammad')).toBeCloseTo(0.2, 5);
  });

  it('given the same name, then 1; given unrelated names, then 0', () => {
    expect(trigramSimilarity('kowalski', 'kowalski')).toBe(1);
    expect(trigramSimilarity('abc', 'xyz')).toBe(0);
  });
});
