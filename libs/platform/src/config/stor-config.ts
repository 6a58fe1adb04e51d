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
  /** A check must say why it is made (`purpose`): a check without one is refused (400). */
  checkPurposeRequired: boolean;
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
  /** OpenID Connect: bearer tokens and web sign-in through this issuer; null = development tokens (the `token` command). */
  oidc: OidcConfig | null;
  /** A token issued longer ago than this (its `iat`) is refused, whatever its `exp` says. */
  maxTokenAgeSeconds: number;
}

/** The identity provider STOR trusts in production (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL, …). */
export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** Which claim holds each thing STOR needs (AUTH_CLAIM_*). */
  claims: { role: string; force: string; region: string; user: string };
  /** The web front's client at the issuer (authorization code flow with PKCE); null = no web sign-in. */
  clientId: string | null;
  clientSecret: string | null;
  /** After a JWKS refetch for an unknown key id, none again for this long (a stream of made-up kids costs the issuer one request). */
  jwksCooldownMs: number;
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
    checkPurposeRequired: flag(env.CHECK_PURPOSE_REQUIRED, 'CHECK_PURPOSE_REQUIRED', false),
    webhookAllowHttpLoopback,
    webhookAllowPrivate: flag(env.WEBHOOK_ALLOW_PRIVATE, 'WEBHOOK_ALLOW_PRIVATE', false),
    webhookRetryBaseMs: integer(env.WEBHOOK_RETRY_BASE_MS ?? '1000', 'WEBHOOK_RETRY_BASE_MS', 10, 3_600_000),
    webhookMaxAttempts: integer(env.WEBHOOK_MAX_ATTEMPTS ?? '12', 'WEBHOOK_MAX_ATTEMPTS', 1, 100),
    webhookPollMs: integer(env.WEBHOOK_POLL_MS ?? '1000', 'WEBHOOK_POLL_MS', 10, 60_000),
    rateLimitChecksPerMinute: integer(env.RATE_LIMIT_CHECKS_PER_MINUTE ?? '60', 'RATE_LIMIT_CHECKS_PER_MINUTE', 1, 1_000_000),
    rateLimitChecksPerMinutePerAddress: integer(env.RATE_LIMIT_CHECKS_PER_MINUTE_PER_ADDRESS ?? '600', 'RATE_LIMIT_CHECKS_PER_MINUTE_PER_ADDRESS', 1, 1_000_000),
    rateLimitFailedAuthPerMinute: integer(env.RATE_LIMIT_FAILED_AUTH_PER_MINUTE ?? '30', 'RATE_LIMIT_FAILED_AUTH_PER_MINUTE', 1, 1_000_000),
    oidc: readOidc(env),
    maxTokenAgeSeconds: integer(env.AUTH_MAX_TOKEN_AGE_SECONDS ?? String(12 * 3600), 'AUTH_MAX_TOKEN_AGE_SECONDS', 60, 7 * 86_400),
  };
}

const OIDC_GROUP = ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL'] as const;

/** All three of the issuer's settings, or none: half a group would leave STOR trusting the wrong tokens. */
function readOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const given = OIDC_GROUP.filter((name) => env[name]?.trim());
  const client = ['AUTH_CLIENT_ID', 'AUTH_CLIENT_SECRET'].filter((name) => env[name]?.trim());
  if (given.length === 0) {
    if (client.length) throw new ConfigError(`${client.join(', ')} need ${OIDC_GROUP.join(', ')} as well`);
    return null;
  }
  if (given.length < OIDC_GROUP.length) {
    const missing = OIDC_GROUP.filter((name) => !given.includes(name));
    throw new ConfigError(`OpenID Connect needs ${OIDC_GROUP.join(', ')} together: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set`);
  }
  const url = (name: string) => {
    const raw = env[name]!.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(raw);
    } catch {
      // reported below
    }
    // Keys fetched over plain http could be swapped on the way: only an issuer on this machine (tests, development) may use it.
    const loopback = parsed?.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (!parsed || (parsed.protocol !== 'https:' && !loopback)) throw new ConfigError(`${name} must be an https:// URL, not '${raw}'`);
    return raw;
  };
  const claim = (name: string, otherwise: string) => {
    const raw = env[name]?.trim() || otherwise;
    if (!/^[\w.:/-]{1,100}$/.test(raw)) throw new ConfigError(`${name} must be a claim name, not '${raw}'`);
    return raw;
  };
  return {
    issuer: url('AUTH_ISSUER'),
    audience: env.AUTH_AUDIENCE!.trim(),
    jwksUrl: url('AUTH_JWKS_URL'),
    claims: {
      role: claim('AUTH_CLAIM_ROLE', 'role'),
      force: claim('AUTH_CLAIM_FORCE', 'force'),
      region: claim('AUTH_CLAIM_REGION', 'region'),
      user: claim('AUTH_CLAIM_USER', 'sub'),
    },
    clientId: env.AUTH_CLIENT_ID?.trim() || null,
    clientSecret: env.AUTH_CLIENT_SECRET?.trim() || null,
    jwksCooldownMs: integer(env.AUTH_JWKS_COOLDOWN_SECONDS ?? '30', 'AUTH_JWKS_COOLDOWN_SECONDS', 1, 3600) * 1000,
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
