// The contender of decision 0022, as STOR would build it: embedded PGlite served by
// @electric-sql/pglite-socket's PGLiteSocketServer on a unix socket (or, with
// STOR_PGLITE_SOCKET=tcp, on 127.0.0.1 and a port the OS picks), and TypeORM's ordinary `pg`
// driver with a pool of ONE connection (through the socket server a larger pool interleaves
// batches upstream). Same exports as dist/libs/platform/src/database/data-source.js; a server
// (DATABASE_URL) is left to STOR's own code. Needs `npm install --no-save @electric-sql/pglite-socket@0.2.17`.
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataSource } from 'typeorm';
import * as stor from '../../dist/libs/platform/src/database/data-source.js';
import { lockDataDir } from '../../dist/libs/platform/src/database/data-dir-lock.js';

export async function openDatabase(config, options) {
  if (config.databaseUrl) return stor.openDatabase(config, options);
  const dataSource = await embeddedSocketDataSource(config.dataDir, options);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

export async function embeddedSocketDataSource(dataDir, options, via = process.env.STOR_PGLITE_SOCKET ?? 'unix') {
  const directory = join(dataDir, 'pg');
  mkdirSync(directory, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const db = await PGlite.create({ dataDir: directory });
  // A unix socket in a directory only this user may enter; pg connects to `<host>/.s.PGSQL.<port>`.
  const socketDir = join(dataDir, 'socket');
  const path = join(socketDir, '.s.PGSQL.5432');
  let server;
  if (via === 'tcp') {
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  } else {
    mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    chmodSync(socketDir, 0o700);
    rmSync(path, { force: true }); // left by a crash
    server = new PGLiteSocketServer({ db, path, maxConnections: 1 });
  }
  await server.start();
  const [host, port] = via === 'tcp' ? server.getServerConn().split(':') : [socketDir, '5432'];
  const dataSource = new DataSource({
    type: 'postgres',
    host,
    port: Number(port),
    username: 'postgres',
    database: 'postgres',
    poolSize: 1,
    extra: { idleTimeoutMillis: 0 },
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    logging: false,
  });
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await destroy();
    await server.stop();
    await db.close();
    if (via !== 'tcp') rmSync(path, { force: true });
    unlock();
  };
  if (!process.env.STOR_BENCH_QUIET) process.stderr.write(`[bench] embedded PGlite served by pglite-socket over ${via === 'tcp' ? server.getServerConn() : path}\n`);
  return dataSource;
}
