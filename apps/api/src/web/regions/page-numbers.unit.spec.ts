import { pageNumbers } from './page-numbers.js';

describe('the page numbers of a long list', () => {
  test('given one page, then just 1', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
  });

  test('given page 5 of 10, then the first, 4 to 6 and the last, with gaps between', () => {
    expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
  });

  test('given the first or last page, then no gap next to it', () => {
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(10, 10)).toEqual([1, null, 9, 10]);
  });

  test('given a page past the end (an address typed by hand), then the first and last of the real pages', () => {
    expect(pageNumbers(50, 3)).toEqual([1, null, 3]);
  });
});
