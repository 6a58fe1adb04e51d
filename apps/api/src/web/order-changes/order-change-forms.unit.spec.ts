import { formFields, listOf } from './order-change-forms.js';

describe('which form field a command’s field is', () => {
  const fieldFor = formFields('court', ['variedOn', 'addProhibitions-0-until'], { removeProhibitionIds: 'removeProhibitionIds' });

  test('given a date, then its first box, which the error summary links to', () => {
    expect(fieldFor('variedOn')).toBe('variedOn-day');
    expect(fieldFor('addProhibitions[0].until')).toBe('addProhibitions-0-until-day');
  });

  test('given a field inside a group, then the group', () => {
    expect(fieldFor('removeProhibitionIds[2]')).toBe('removeProhibitionIds');
  });

  test('given no field or the whole body, then the first field of the form', () => {
    expect(fieldFor(undefined)).toBe('court');
    expect(fieldFor('body')).toBe('court');
  });

  test('given any other field, then its id', () => {
    expect(fieldFor('addProhibitions[1].text')).toBe('addProhibitions-1-text');
  });
});

describe('a repeated field as a list', () => {
  test('given one value, several or none, then a bounded list', () => {
    expect(listOf('a')).toEqual(['a']);
    expect(listOf(['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    expect(listOf(undefined)).toEqual([]);
    expect(listOf('x'.repeat(500))[0]).toHaveLength(200);
  });
});
