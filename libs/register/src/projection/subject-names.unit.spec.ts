import { postingChanges } from './subject-names.js';

describe("the name index's postings of a subject", () => {
  test('given the tokens held and the names now, the postings to add and to remove; a subject with no names loses all', () => {
    const names = [
      { subjectId: 's-1', tokens: ['jan', 'kowalsky'] },
      { subjectId: 's-1', tokens: ['john', 'kowal'] },
    ];
    const held = [
      { subjectId: 's-1', token: 'jan' },
      { subjectId: 's-1', token: 'kowalski' },
      { subjectId: 's-2', token: 'ali' },
      { subjectId: 's-3', token: 'untouched' },
    ];
    expect(postingChanges(['s-1', 's-2'], names, held)).toEqual({
      added: [
        ['s-1', 'kowalsky'],
        ['s-1', 'john'],
        ['s-1', 'kowal'],
      ],
      removed: [
        ['s-1', 'kowalski'],
        ['s-2', 'ali'],
      ],
    });
  });
});
