import { resolve } from 'node:path';

export type EventStoreKind = 'postgres' | 'eventstoredb';

/** Everything STOR reads from the environment, validated once at start-up. */
export interface StorConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  authSecret: string | null;
  eventStore: EventStoreKind;
  eventStoreUrl: string | null;
  /** How often the projector's clock looks for prohibitions that have run out. */
  clockIntervalMs: number;
  /** How many days before an order's last day in force its owning force is warned ('expiring-soon'). */
  expiryWarningDays: number;
  /** Largest request body accepted before 413. */
  bodyLimitBytes: number;
  /** JSON overriding the unverified points of law (docs/legal-review.md); null = the defaults. */
  legalConfigFile: string | null;
  /** How people sign in to the web pages: a development form, or the OpenID Connect seam (not yet built). */
  webSignIn: WebSignIn;
  /** Behind a TLS-terminating proxy: believe its X-Forwarded-* headers, so session cookies are marked Secure. */
  trustProxy: boolean;
  /** Webhooks may be plain http to a loopback address (development); https only otherwise. */
  webhookAllowHttpLoopback: boolean;
  /** Webhooks may reach private, loopback, link-local, unique-local and shared (CGNAT) addresses. */
  webhookAllowPrivate: boolean;
  /** The first retry of a failed webhook delivery waits about this long; each next one twice as long (up to an hour). */
  webhookRetryBaseMs: number;
  /** Attempts at a webhook delivery before it is dead-lettered. */
  webhookMaxAttempts: number;
  /** How often the webhook worker looks for due deliveries when nothing wakes it. */
  webhookPollMs: number;
  /** Subject checks one user may make in a minute (a burst of this many, refilled over the minute). */
  rateLimitChecksPerMinute: number;
  /** Subject checks from one client address in a minute (a force's proxy may carry many officers). */
  rateLimitChecksPerMinutePerAddress: number;
  /** Failed authentications (bad or missing bearer tokens, refused sign-ins) from one address in a minute before it is refused outright. */
  rateLimitFailedAuthPerMinute: number;
}

export type WebSignIn = 'development' | 'oidc';

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): StorConfig {
  const port = integer(env.PORT ?? '3000', 'PORT', 0, 65535);
  const eventStore = (env.EVENT_STORE ?? 'postgres') as EventStoreKind;
  if (eventStore !== 'postgres' && eventStore !== 'eventstoredb') {
    throw new ConfigError(`EVENT_STORE must be 'postgres' or 'eventstoredb', not '${eventStore}'`);
  }
  const eventStoreUrl = env.EVENTSTORE_URL ?? null;
  if (eventStore === 'eventstoredb' && !eventStoreUrl) {
    throw new ConfigError('EVENT_STORE=eventstoredb needs EVENTSTORE_URL (kurrentdb://host:2113?tls=false)');
  }
  // The development sign-in lets anyone be anyone: by default only the embedded, single-machine mode offers it.
  const webSignIn = (env.WEB_SIGN_IN ?? (env.DATABASE_URL?.trim() ? 'oidc' : 'development')) as WebSignIn;
  if (webSignIn !== 'development' && webSignIn !== 'oidc') {
    throw new ConfigError(`WEB_SIGN_IN must be 'development' or 'oidc', not '${webSignIn}'`);
  }
  const trustProxy = env.TRUST_PROXY ?? 'false';
  if (trustProxy !== 'true' && trustProxy !== 'false') throw new ConfigError(`TRUST_PROXY must be 'true' or 'false', not '${trustProxy}'`);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  // Plain http to this machine is for development: by default only the embedded, single-machine mode allows it.
  // A deployment that signs people in the development way is one: its webhooks may be plain http to this machine.
  const webhookAllowHttpLoopback = flag(env.WEBHOOK_ALLOW_HTTP_LOOPBACK, 'WEBHOOK_ALLOW_HTTP_LOOPBACK', webSignIn === 'development');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './.stor-data'),
    databaseUrl,
    authSecret: env.AUTH_SECRET?.trim() || null,
    eventStore,
    eventStoreUrl,
    clockIntervalMs: integer(env.CLOCK_INTERVAL_MS ?? '2000', 'CLOCK_INTERVAL_MS', 100, 86_400_000),
    expiryWarningDays: integer(env.EXPIRY_WARNING_DAYS ?? '28', 'EXPIRY_WARNING_DAYS', 1, 365),
    bodyLimitBytes: integer(env.BODY_LIMIT_BYTES ?? String(256 * 1024), 'BODY_LIMIT_BYTES', 1024, 64 * 1024 * 1024),
    legalConfigFile: env.LEGAL_CONFIG_FILE?.trim() || null,
    webSignIn,
    trustProxy: trustProxy === 'true',
    webhookAllowHttpLoopback,
    webhookAllowPrivate: flag(env.WEBHOOK_ALLOW_PRIVATE, 'WEBHOOK_ALLOW_PRIVATE', false),
    webhookRetryBaseMs: integer(env.WEBHOOK_RETRY_BASE_MS ?? '1000', 'WEBHOOK_RETRY_BASE_MS', 10, 3_600_000),
    webhookMaxAttempts: integer(env.WEBHOOK_MAX_ATTEMPTS ?? '12', 'WEBHOOK_MAX_ATTEMPTS', 1, 100),
    webhookPollMs: integer(env.WEBHOOK_POLL_MS ?? '1000', 'WEBHOOK_POLL_MS', 10, 60_000),
    rateLimitChecksPerMinute: integer(env.RATE_LIMIT_CHECKS_PER_MINUTE ?? '60', 'RATE_LIMIT_CHECKS_PER_MINUTE', 1, 1_000_000),
    rateLimitChecksPerMinutePerAddress: integer(env.RATE_LIMIT_CHECKS_PER_MINUTE_PER_ADDRESS ?? '600', 'RATE_LIMIT_CHECKS_PER_MINUTE_PER_ADDRESS', 1, 1_000_000),
    rateLimitFailedAuthPerMinute: integer(env.RATE_LIMIT_FAILED_AUTH_PER_MINUTE ?? '30', 'RATE_LIMIT_FAILED_AUTH_PER_MINUTE', 1, 1_000_000),
  };
}

function flag(raw: string | undefined, name: string, otherwise: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return otherwise;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be 'true' or 'false', not '${raw}'`);
  return raw === 'true';
}

function integer(raw: string, name: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not '${raw}'`);
  }
  return value;
}
