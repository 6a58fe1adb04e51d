// Where a benchmark's STOR keeps its data, and the environment it runs with: shared by the
// benchmarks that start STOR from the build (startup-and-check, check-at-scale, search/evaluate).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Runs one statement on the server's maintenance connection (CREATE / DROP DATABASE). */
export async function admin(server, sql) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(server, database) {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh store: a temporary DATA_DIR (the embedded database, the signing key) and, when `server`
 * is a PostgreSQL URL, a database of its own there named `<prefix>_<pid>_<n>`; `drop` removes both.
 */
export async function freshStore(server, prefix) {
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll('_', '-')}-`));
  const dropDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (!server) return { env: { DATA_DIR: dataDir }, drop: async () => dropDir() };
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  await admin(server, `CREATE DATABASE ${name}`);
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl(server, name) },
    drop: async () => {
      await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      dropDir();
    },
  };
}

/** STOR's environment for a store: its data, a port on the loopback, a fixed signing secret; no server URL for an embedded store. */
/** A benchmark measures how fast STOR answers, not its rate limits: one token sends thousands of checks. */
export const UNLIMITED_CHECKS = { RATE_LIMIT_CHECKS_PER_MINUTE: '1000000', RATE_LIMIT_CHECKS_PER_MINUTE_PER_ADDRESS: '1000000' };

export function storEnv(store, port, secret) {
  const env = { ...process.env, ...store.env, PORT: String(port), AUTH_SECRET: secret, HOST: '127.0.0.1', ...UNLIMITED_CHECKS };
  if (!store.env.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}
