// SIGKILL mid-append, then reopen (with STOR's pool) and count: does the data directory open, and
// does every acknowledged append survive? node bench/pglite-socket/crash-test.mjs [pool|unix|tcp] [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as eventStore from '../../dist/libs/event-store/src/index.js';
import { openDatabase } from '../../dist/libs/platform/src/index.js';
const [via = 'pool', runs = '3'] = process.argv.slice(2);
const MIGRATIONS = [...eventStore.EVENT_LOG_MIGRATIONS, eventStore.CreateProjectionCheckpoints1763870000050];
for (let run = 0; run < Number(runs); run++) {
  const dir = mkdtempSync(join(tmpdir(), 'stor-crash-'));
  const child = spawn(process.execPath, [new URL('./crash-child.mjs', import.meta.url).pathname, dir, via], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, STOR_BENCH_QUIET: '1' } });
  let acked = 0;
  let ready = false;
  let buffer = '';
  child.stdout.on('data', (d) => {
    buffer += d;
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const l of lines) {
      if (l === 'ready') ready = true;
      else acked = Number(l);
    }
  });
  while (!ready) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1500 + Math.random() * 1000));
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
  let outcome;
  try {
    const db = await openDatabase({ dataDir: dir }, { migrations: MIGRATIONS });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events`);
    const [{ bad }] = await db.query(`SELECT count(*)::int AS bad FROM (SELECT stream_id FROM events GROUP BY stream_id HAVING max(stream_version) <> count(*)) g`);
    await db.destroy();
    outcome = `reopened; ${n} events in the log, ${acked} acknowledged (${n >= acked ? 'none lost' : `${acked - n} LOST`}); streams with gaps: ${bad}`;
  } catch (error) {
    outcome = `did NOT reopen: ${error.message.slice(0, 200)}`;
  }
  console.log(`${via}, run ${run + 1}: ${outcome}`);
  rmSync(dir, { recursive: true, force: true });
}
