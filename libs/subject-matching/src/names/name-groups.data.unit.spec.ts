import { normaliseName } from '#domain';
import { NAME_GROUPS } from './name-groups.data.js';
import { nameGroupsOf, sharedNameGroup } from './name-groups.js';

describe('the curated name variants', () => {
  it('is modest: a few hundred groups at most, each of two or more names', () => {
    expect(NAME_GROUPS.length).toBeGreaterThan(100);
    expect(NAME_GROUPS.length).toBeLessThanOrEqual(300);
    for (const group of NAME_GROUPS) expect(group.names.length).toBeGreaterThanOrEqual(2);
  });

  it('names every group’s source', () => {
    for (const group of NAME_GROUPS) expect(group.source.length).toBeGreaterThan(20);
  });

  it('writes every name normalised, as one token, once per group', () => {
    for (const group of NAME_GROUPS) {
      for (const name of group.names) expect(normaliseName(name)).toBe(name);
      expect(new Set(group.names).size).toBe(group.names.length);
    }
  });

  it('has distinct group ids', () => {
    const ids = NAME_GROUPS.map((group) => group.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['muhammad', 'mohammed', 'variant'],
    ['mohamed', 'mohamad', 'variant'],
    ['aleksandr', 'oleksandr', 'variant'],
    ['alexander', 'oleksandr', 'variant'],
    ['yusuf', 'yousef', 'variant'],
    ['zhang', 'cheung', 'variant'],
    ['tesfaye', 'tesfai', 'variant'],
    ['jan', 'john', 'englishForm'],
    ['piotr', 'peter', 'englishForm'],
    ['jozef', 'joseph', 'englishForm'],
    ['gjon', 'john', 'englishForm'],
    ['yousef', 'joseph', 'englishForm'],
    ['istvan', 'stephen', 'englishForm'],
    ['jonas', 'john', 'englishForm'],
    ['jan', 'peter', null],
  ])('given %s and %s, then they are related as %s', (a, b, expected) => {
    expect(sharedNameGroup(a, b)).toBe(expected);
    expect(sharedNameGroup(b, a)).toBe(expected);
  });

  it('given a name in no group, then it has none', () => {
    expect(nameGroupsOf('kowalski')).toEqual([]);
  });
});
