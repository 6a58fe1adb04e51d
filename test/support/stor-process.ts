import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import type { TestDatabase } from './test-database.js';

const CLI = 'dist/apps/cli/src/main.js';

/**
 * STOR as a separate operating-system process, started from the built CLI exactly as `npm start`
 * runs it — for tests that must kill it the hard way.
 */
export class StorProcess {
  private child: ChildProcess | null = null;
  readonly baseUrl: string;

  constructor(
    private readonly database: TestDatabase,
    private readonly port: number,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  private env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: this.database.dataDir,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      AUTH_SECRET: 'a-test-secret-that-is-long-enough-for-hs256',
    };
    if (this.database.databaseUrl) env.DATABASE_URL = this.database.databaseUrl;
    else delete env.DATABASE_URL;
    return env;
  }

  token(role: string, force: string): string {
    return execFileSync(process.execPath, [CLI, 'token', '--role', role, '--force', force], { env: this.env(), encoding: 'utf8' }).trim();
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [CLI, 'start'], { env: this.env(), stdio: 'ignore' });
    this.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`STOR exited with ${child.exitCode} during start-up`);
      try {
        if ((await fetch(`${this.baseUrl}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('STOR did not answer /health within 60 s');
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await once(child, 'exit');
    this.child = null;
  }
}
