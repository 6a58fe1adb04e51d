import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../apps/api/src/index.js';
import { openRuntime } from '../../apps/cli/src/runtime.js';
import { ExpiryClock, ProjectorModule } from '../../apps/projector/src/index.js';
import { SignJWT } from 'jose';
import { DEVELOPMENT_CLAIM, DEVELOPMENT_ISSUER, issueToken, type UserRole } from '#identity';
import { readConfig, SettableClock, type StorConfig } from '#platform';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TokenFor {
  role: UserRole;
  force?: string;
  region?: string;
  name?: string;
}

/** One request the suite sent and what came back, kept so a file can prove no request got a 500. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: unknown;
}

export interface StorResponse {
  status: number;
  contentType: string;
  headers: Headers;
  /** Parsed when the response is JSON, the raw text otherwise; each test says what it expects of it. */
  body: any;
}

/**
 * The whole of STOR booted as `npm start` boots it — real HTTP on a loopback port, the real
 * database (embedded PGlite, or the server in DATABASE_URL), the projector in process — but with a
 * clock the test sets. The expiry clock does not tick by itself: `tickClock()` runs it.
 */
export class StorTestApp {
  /** Every request sent through `request`, in order. */
  readonly exchanges: Exchange[] = [];

  private constructor(
    readonly baseUrl: string,
    readonly clock: SettableClock,
    private readonly app: NestFastifyApplication,
    private readonly signingKey: Uint8Array,
    private readonly database: TestDatabase,
    private readonly keepData: boolean,
  ) {}

  /** `clockIntervalMs`: let the expiry clock tick by itself, as in service (default: only `tickClock()`). */
  static async start(options: { now?: string; database?: TestDatabase; config?: Partial<StorConfig>; clockIntervalMs?: number } = {}): Promise<StorTestApp> {
    const database = options.database ?? (await createTestDatabase());
    const clock = new SettableClock(new Date(options.now ?? '2026-11-23T09:00:00Z'));
    const config = {
      ...readConfig({}),
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
      authSecret: 'a-test-secret-that-is-long-enough-for-hs256',
      // Suites send many requests without a token from one address; test/hostile-clients sets the real budget.
      rateLimitFailedAuthPerMinute: 1_000_000,
      ...options.config,
    };
    const runtime = await openRuntime(config, clock);
    const app = await createApp(runtime, [ProjectorModule.with({ clockIntervalMs: options.clockIntervalMs ?? 0, leadershipRetryMs: 200 })]);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new StorTestApp(`http://127.0.0.1:${address.port}`, clock, app, runtime.signingKey, database, options.database !== undefined);
  }

  async token(who: TokenFor, options: { ttlSeconds?: number } = {}): Promise<string> {
    const name = who.name ?? `${who.role} of ${who.force ?? who.region ?? 'national'}`;
    return issueToken({ userId: `test:${name}`, name, ...who }, this.signingKey, { now: this.clock.now(), ttlSeconds: options.ttlSeconds ?? 3600 });
  }

  /**
   * A token with any claims at all — a role STOR does not know, another signing secret, an expiry
   * in the past or none (`expiresAt: null`) — signed as the app's own development tokens are (HS256,
   * issuer stor-development, audience stor-api, labelled as a development token unless the claims say otherwise).
   */
  async forgeToken(
    claims: Record<string, unknown>,
    options: { secret?: string; issuedAt?: Date; ttlSeconds?: number; expiresAt?: Date | null; issuer?: string; audience?: string } = {},
  ): Promise<string> {
    const key = options.secret === undefined ? this.signingKey : new TextEncoder().encode(options.secret);
    const issuedAt = Math.floor((options.issuedAt ?? this.clock.now()).getTime() / 1000);
    const { sub, ...rest } = claims;
    let jwt = new SignJWT({ [DEVELOPMENT_CLAIM]: true, ...rest })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(options.issuer ?? DEVELOPMENT_ISSUER)
      .setAudience(options.audience ?? 'stor-api')
      .setIssuedAt(issuedAt);
    if (options.expiresAt !== null) {
      jwt = jwt.setExpirationTime(options.expiresAt ? Math.floor(options.expiresAt.getTime() / 1000) : issuedAt + (options.ttlSeconds ?? 3600));
    }
    if (typeof sub === 'string') jwt = jwt.setSubject(sub);
    return jwt.sign(key);
  }

  /** A provider of the running app (the database, the store) for tests that work beside it. */
  get<T>(token: abstract new (...args: never[]) => T): T {
    return this.app.get(token as never) as T;
  }

  /** Runs the expiry clock once at the clock's current time, then lets projections catch up. */
  async tickClock(): Promise<number> {
    return this.app.get(ExpiryClock).tick();
  }

  /**
   * Sends one request. `knownBug` marks a request that reproduces an app bug already reported (a
   * `test.failing` case): its response is not counted by `contractBreaches`.
   */
  async request(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string>; knownBug?: string } = {},
  ): Promise<StorResponse> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const parsed: unknown = contentType.includes('json') && text ? JSON.parse(text) : text;
    if (!options.knownBug) this.exchanges.push({ method, path, status: response.status, contentType, body: parsed });
    return { status: response.status, contentType, headers: response.headers, body: parsed };
  }

  /**
   * The exchanges that break the contract's promises for every response: no 500 (or any 5xx) for
   * anything a client sends, and every error as application/problem+json with type, title,
   * status and detail. Empty when all is well.
   */
  contractBreaches(): string[] {
    return this.exchanges.flatMap((exchange) => {
      const what = `${exchange.method} ${exchange.path} → ${exchange.status}`;
      if (exchange.status >= 500) return [`${what}: a server error (${JSON.stringify(exchange.body)})`];
      if (exchange.status < 400) return [];
      if (!exchange.contentType.startsWith('application/problem+json')) return [`${what}: error sent as ${exchange.contentType || 'no content type'}`];
      const problem = (exchange.body ?? {}) as Record<string, unknown>;
      const missing = ['type', 'title', 'detail'].filter((field) => typeof problem[field] !== 'string' || problem[field] === '');
      if (missing.length > 0 || problem.status !== exchange.status) {
        return [`${what}: not a complete problem document (${JSON.stringify(exchange.body)})`];
      }
      return [];
    });
  }

  /** Closes the app; the data stays when the caller passed its own database (restart tests). */
  async stop(): Promise<void> {
    await this.app.close();
    if (!this.keepData) await this.database.drop();
  }
}
