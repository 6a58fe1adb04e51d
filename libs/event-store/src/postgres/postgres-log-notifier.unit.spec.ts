import { ManualScheduler, settle } from '../testing/manual-scheduler.js';
import { PostgresLogNotifier } from './postgres-log-notifier.js';

describe('PostgresLogNotifier: other processes hear of commits after them, at most once per interval', () => {
  let scheduler: ManualScheduler;
  let sent: number;
  let fail: boolean;
  let notifier: PostgresLogNotifier;

  beforeEach(() => {
    scheduler = new ManualScheduler();
    sent = 0;
    fail = false;
    notifier = new PostgresLogNotifier(
      async () => {
        sent++;
        if (fail) throw new Error('connection lost');
      },
      25,
      scheduler,
    );
  });

  test('given no commit, nothing is sent', async () => {
    await scheduler.advance(1_000);
    expect(sent).toBe(0);
  });

  test('given one commit, one NOTIFY follows it within the interval, not at once', async () => {
    notifier.committed();
    expect(sent).toBe(0);
    await scheduler.advance(24);
    expect(sent).toBe(0);
    await scheduler.advance(1);
    expect(sent).toBe(1);
    await scheduler.advance(1_000);
    expect(sent).toBe(1);
  });

  test('given a burst of commits within one interval, they share one NOTIFY sent after the last of them', async () => {
    for (let i = 0; i < 100; i++) {
      notifier.committed();
      await scheduler.advance(0.2);
    }
    await scheduler.advance(25);
    expect(sent).toBe(1);
  });

  test('given commits all the time, one NOTIFY per interval, and the last commit is still followed by one', async () => {
    for (let ms = 0; ms < 1_000; ms++) {
      notifier.committed();
      await scheduler.advance(1);
    }
    expect(sent).toBe(40);
    notifier.committed();
    await scheduler.advance(25);
    expect(sent).toBe(41);
  });

  test('given a NOTIFY that fails, nothing throws and the next commit is announced again', async () => {
    fail = true;
    notifier.committed();
    await scheduler.advance(25);
    fail = false;
    notifier.committed();
    await scheduler.advance(25);
    expect(sent).toBe(2);
  });

  test('flush sends what is owed at once, and only what is owed', async () => {
    await notifier.flush();
    expect(sent).toBe(0);
    notifier.committed();
    await notifier.flush();
    expect(sent).toBe(1);
    expect(scheduler.pending()).toEqual([]);
    await scheduler.advance(100);
    await settle();
    expect(sent).toBe(1);
  });
});
