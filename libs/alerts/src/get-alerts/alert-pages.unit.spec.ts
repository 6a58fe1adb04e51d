import { cursorAfter, isPageCursor, pageEndOf } from './alert-pages.js';

describe('the inbox page cursor', () => {
  test('given the last alert of a page, when its cursor is read back, then it names the same instant and position', () => {
    const cursor = cursorAfter({ raisedAt: '2026-11-23T09:00:00.123Z', position: 4711 });
    expect(cursor).toBe(`${Date.parse('2026-11-23T09:00:00.123Z')}.4711`);
    expect(pageEndOf(cursor)).toEqual({ raisedAt: '2026-11-23T09:00:00.123Z', position: 4711 });
  });

  test.each(['', 'abc', '1.2.3', '-1.2', '1.', '.1', '1e3.4', '9999999999999999.1', `${'1'.repeat(100)}.1`])('given %p, then it is not a cursor', (cursor) => {
    expect(isPageCursor(cursor)).toBe(false);
  });
});
