import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-store.port.js';
import { logDatabaseForThisFile } from '../../../../test/support/log-database.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { PostgresLogListener } from './postgres-log-listener.js';

const event = (): NewEvent => ({
  eventId: randomUUID(),
  type: 'Happened',
  data: {},
  metadata: { schemaVersion: 1, recordedAt: '2026-11-30T09:00:00.000Z', actor: { userId: 'w', role: 'system' }, commandId: randomUUID(), correlationId: 'c' },
});

// LISTEN/NOTIFY between processes needs a server; embedded PGlite belongs to one process, which
// wakes its subscribers in-process (docs/decisions/0006).
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer(`wake-ups across processes by LISTEN/NOTIFY${process.env.DATABASE_URL ? '' : ' — skipped: needs DATABASE_URL (a server)'}`, () => {
  const log = logDatabaseForThisFile();

  /** Another process's view of the log: its own store, woken only by its listener. */
  async function elsewhere() {
    const store = new PostgresEventStore(log.db, { notifyOtherProcesses: false });
    const listener = new PostgresLogListener(log.testDb.databaseUrl!, store, () => undefined);
    let wakeups = 0;
    store.onAppended(() => wakeups++);
    await listener.start();
    const settled = wakeups; // the listener wakes once on connecting, for what it may have missed
    return {
      wakeups: () => wakeups - settled,
      stop: () => listener.stop(),
    };
  }

  const until = async (condition: () => boolean) => {
    for (const deadline = Date.now() + 5_000; !condition() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  test('an append in one process wakes the subscribers of another, after it has committed', async () => {
    const other = await elsewhere();
    const writer = new PostgresEventStore(log.db);
    const { position } = await writer.append(`order-${randomUUID()}`, [event()], 0);
    await until(() => other.wakeups() > 0);
    expect(other.wakeups()).toBeGreaterThan(0);
    const [visible] = await log.db.query(`SELECT count(*)::int AS n FROM events WHERE global_position = $1`, [position]);
    expect(visible.n).toBe(1);
    await writer.close();
    await other.stop();
  });

  test('a burst of appends sends far fewer NOTIFYs than appends, the last one after the last commit', async () => {
    const other = await elsewhere();
    const writer = new PostgresEventStore(log.db);
    const streams = Array.from({ length: 8 }, () => `order-${randomUUID()}`);
    await Promise.all(streams.map(async (stream) => {
      for (let version = 0; version < 25; version++) await writer.append(stream, [event()], version);
    }));
    const afterBurst = other.wakeups();
    // a NOTIFY is still owed for the appends of the last interval: it must come
    await writer.close();
    await until(() => other.wakeups() > afterBurst);
    expect(other.wakeups()).toBeGreaterThan(afterBurst);
    expect(other.wakeups()).toBeLessThan(200);
    await other.stop();
  });

  test('a store told no other process listens sends no NOTIFY', async () => {
    const other = await elsewhere();
    const writer = new PostgresEventStore(log.db, { notifyOtherProcesses: false });
    await writer.append(`order-${randomUUID()}`, [event()], 0);
    await writer.close();
    // a NOTIFY, had one been sent, would arrive well within this
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(other.wakeups()).toBe(0);
    await other.stop();
  });
});
