import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { StorConfig } from '../config/stor-config.js';
import { lockDataDir } from './data-dir-lock.js';
import { PgliteLeasePool } from './pglite-lease-pool.js';

type MigrationClass = new () => MigrationInterface;

export interface DatabaseOptions {
  migrations: MigrationClass[];
  /**
   * A bulk load of data that can be made again (the synthetic seed): on a server, commits do not
   * wait for the write-ahead log to reach the disk. A crash may lose the last moments of the load,
   * never leave it inconsistent. Never for STOR in service.
   */
  bulkLoad?: boolean;
}

/**
 * One SQL dialect everywhere: the PostgreSQL server named by DATABASE_URL, or PostgreSQL compiled
 * to WASM (PGlite) inside this process, kept under DATA_DIR. Migrations run before anything reads.
 */
export async function openDatabase(config: Pick<StorConfig, 'databaseUrl' | 'dataDir'>, options: DatabaseOptions) {
  const dataSource = config.databaseUrl ? serverDataSource(config.databaseUrl, options) : await embeddedDataSource(config.dataDir, options);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    // A failed start lets go of what it opened: the connections, and embedded, the database and its directory's lock.
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}

function serverDataSource(url: string, options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    poolSize: 10,
    extra: {
      // Connections are kept when idle, not closed after pg-pool's ten seconds: a new one costs a
      // backend process, cold catalogue caches and its statements prepared again, all paid by the
      // check that happens to open it.
      idleTimeoutMillis: 0,
      ...(options.bulkLoad ? { options: '-c synchronous_commit=off' } : {}),
    },
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    // TypeORM's logger prints query parameters, which carry subjects' personal data: never log them.
    logging: false,
  });
}

async function embeddedDataSource(dataDir: string, options: DatabaseOptions): Promise<DataSource> {
  const directory = join(dataDir, 'pg');
  mkdirSync(directory, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const db = await PGlite.create({ dataDir: directory });
  const pool = new PgliteLeasePool(db);
  const dataSource = new DataSource({
    type: 'postgres',
    // TypeORM asks its driver module for a Pool class; hand it one already bound to this database.
    driver: { Pool: function LeasePool() { return pool; } },
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    // TypeORM's logger prints query parameters, which carry subjects' personal data: never log them.
    logging: false,
  });
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    try {
      await (dataSource.isInitialized ? destroy() : pool.end());
    } finally {
      unlock();
    }
  };
  return dataSource;
}
