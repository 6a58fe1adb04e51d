// One planning-heavy SELECT (three joins) 1,500 times, median of 3 passes: through STOR's lease pool (the text,
// parsed and planned each time), through pglite-socket as text (unnamed), and as a named statement
// ({ name, text }, as PreparedStatement sends it), whose plan the PGlite session keeps. Twice over.
//   node bench/pglite-socket/named-statements.mjs   (after npm run build and the --no-save install in ../pglite-pool-vs-socket.mjs)
import { freshDataDir, median } from '../append-common.mjs';
import { openDatabase } from '../../dist/libs/platform/src/index.js';
import { embeddedSocketDataSource } from './data-source.mjs';
process.env.STOR_BENCH_QUIET='1';
const SQL = `SELECT a.id, b.v, c.w FROM t a JOIN t2 b ON b.id = a.id JOIN t3 c ON c.id = b.id LEFT JOIN t d ON d.id = a.id + 1 WHERE a.name = $1 AND a.id > $2 ORDER BY a.id LIMIT 5`;
async function run(label, open, named) {
  const s = freshDataDir(); const db = await open(s.dir);
  await db.query(`CREATE TABLE t (id int PRIMARY KEY, name text); CREATE INDEX ON t(name); CREATE TABLE t2 (id int PRIMARY KEY, v text); CREATE TABLE t3 (id int PRIMARY KEY, w text);
    INSERT INTO t SELECT g, 'n'||(g%500) FROM generate_series(1,20000) g; INSERT INTO t2 SELECT g, 'v' FROM generate_series(1,20000) g; INSERT INTO t3 SELECT g, 'w' FROM generate_series(1,20000) g; ANALYZE`);
  const q = named ? { name: 'bench_q', text: SQL } : SQL;
  const rates = [];
  for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (let i = 0; i < 1500; i++) await db.query(q, [`n${i % 500}`, i % 100]); rates.push(1500 / ((performance.now() - t0) / 1000)); }
  await db.destroy(); await s.drop();
  console.log(`${label}: ${Math.round(median(rates))} queries/s`);
}
const pool = (dir) => openDatabase({ dataDir: dir }, { migrations: [] });
const sock = async (dir) => { const d = await embeddedSocketDataSource(dir, { migrations: [] }, 'unix'); await d.initialize(); return d; };
for (let k = 0; k < 2; k++) { await run('lease pool, text', pool, false); await run('socket, text (unnamed)', sock, false); await run('socket, named statement', sock, true); }
