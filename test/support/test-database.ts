import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

/**
 * Where a test keeps its data. With DATABASE_URL set (CI's second leg) each test file gets a
 * database of its own on that server, dropped afterwards; otherwise an embedded PGlite directory.
 */
export interface TestDatabase {
  databaseUrl: string | null;
  dataDir: string;
  mode: 'postgres-server' | 'pglite';
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stor-test-'));
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    cpSync(await pgliteTemplate(), join(dataDir, 'pg'), { recursive: true });
    return { databaseUrl: null, dataDir, mode: 'pglite', drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `stor_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    mode: 'postgres-server',
    drop: async () => {
      await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh PGlite cluster takes seconds to initialise; a copy of an initialised, closed one opens in
 * a fraction of that. One template per machine, made atomically so parallel workers can race.
 */
async function pgliteTemplate(): Promise<string> {
  const template = join(tmpdir(), `stor-pglite-template-${PGLITE_VERSION}`);
  if (existsSync(template)) return template;
  const building = mkdtempSync(join(tmpdir(), 'stor-pglite-building-'));
  const db = await PGlite.create({ dataDir: building });
  await db.close();
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

// A template made by another PGlite may not open in this one: the installed version names it.
const PGLITE_VERSION = (JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string }).version;
