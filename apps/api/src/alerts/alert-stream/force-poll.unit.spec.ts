import { afterPoll, OVERLAP, pollFrom, type PollState } from './force-poll.js';

const alert = (alertId: string, position: number) => ({ alertId, position });
const start: PollState = { cursor: 1000, seen: new Map() };

describe('one poll of a force inbox', () => {
  test('given alerts after the cursor, then all are new and the cursor moves to the highest', () => {
    const { state, fresh } = afterPoll(start, [alert('a', 1001), alert('b', 1005)]);
    expect(fresh.map((a) => a.alertId)).toEqual(['a', 'b']);
    expect(state.cursor).toBe(1005);
    expect(pollFrom(state)).toBe(1005 - OVERLAP);
  });

  test('given the same alerts read again in the overlap, then none is new', () => {
    const once = afterPoll(start, [alert('a', 1001), alert('b', 1005)]).state;
    expect(afterPoll(once, [alert('a', 1001), alert('b', 1005)]).fresh).toEqual([]);
  });

  test('given an alert projected late, a few positions below one already sent, then it is still new', () => {
    const once = afterPoll(start, [alert('b', 1005)]).state;
    const { fresh, state } = afterPoll(once, [alert('a', 1003), alert('b', 1005)]);
    expect(fresh.map((a) => a.alertId)).toEqual(['a']);
    expect(state.cursor).toBe(1005);
  });

  test('given alerts far below the cursor, then they are old, and what is remembered stays within the overlap', () => {
    const { fresh } = afterPoll(start, [alert('old', 1000 - OVERLAP)]);
    expect(fresh).toEqual([]);
    const moved = afterPoll(afterPoll(start, [alert('a', 1001)]).state, [alert('z', 1001 + OVERLAP)]).state;
    expect([...moved.seen.keys()]).toEqual(['z']);
  });
});
