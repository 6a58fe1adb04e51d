// SIGKILL a process appending through the contender, then reopen with STOR's own pool and count.
// Child for the SIGKILL test: appends one event at a time (4 writers) and prints each acknowledged total.
import * as eventStore from '../../dist/libs/event-store/src/index.js';
import { openDatabase } from '../../dist/libs/platform/src/index.js';
import { breachEvent } from '../append-common.mjs';
import { embeddedSocketDataSource } from './data-source.mjs';
const [dir, via] = process.argv.slice(2);
const MIGRATIONS = [...eventStore.EVENT_LOG_MIGRATIONS, eventStore.CreateProjectionCheckpoints1763870000050];
let db;
if (via === 'pool') db = await openDatabase({ dataDir: dir }, { migrations: MIGRATIONS });
else { db = await embeddedSocketDataSource(dir, { migrations: MIGRATIONS }, via); await db.initialize(); await db.runMigrations({ transaction: 'each' }); }
const store = new eventStore.PostgresEventStore(db, { notifyOtherProcesses: false });
let acked = 0;
process.stdout.write('ready\n');
await Promise.all(Array.from({ length: 4 }, async (_, w) => {
  for (let i = 0; ; i++) {
    const id = `order-w${w}-${i % 50}`;
    await store.append(id, [breachEvent(id, i)], i < 50 ? 0 : Math.floor(i / 50));
    acked++;
    process.stdout.write(`${acked}\n`);
  }
}));
