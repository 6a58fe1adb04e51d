import { ConfigError, readConfig } from './stor-config.js';

describe('how people sign in to the web pages', () => {
  test('given the embedded database, then the development sign-in', () => {
    expect(readConfig({}).webSignIn).toBe('development');
  });

  test('given a PostgreSQL server (the production shape), then OpenID Connect unless development is asked for', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://db/stor' }).webSignIn).toBe('oidc');
    expect(readConfig({ DATABASE_URL: 'postgres://db/stor', WEB_SIGN_IN: 'development' }).webSignIn).toBe('development');
  });

  test('given anything else, then STOR does not start', () => {
    expect(() => readConfig({ WEB_SIGN_IN: 'anyone' })).toThrow(ConfigError);
    expect(() => readConfig({ TRUST_PROXY: 'yes' })).toThrow(ConfigError);
  });

  test('given no TRUST_PROXY, then proxies are not believed', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });
});

describe('how long before an order ends its owning force is warned', () => {
  test('given nothing, then 28 days', () => {
    expect(readConfig({}).expiryWarningDays).toBe(28);
  });

  test('given a whole number of days from 1 to 365, then that', () => {
    expect(readConfig({ EXPIRY_WARNING_DAYS: '1' }).expiryWarningDays).toBe(1);
    expect(readConfig({ EXPIRY_WARNING_DAYS: '56' }).expiryWarningDays).toBe(56);
    expect(readConfig({ EXPIRY_WARNING_DAYS: '365' }).expiryWarningDays).toBe(365);
  });

  test.each(['0', '366', '-28', '28.5', 'four weeks', '', ' '])("given '%s', then STOR does not start, and says what it takes", (raw) => {
    expect(() => readConfig({ EXPIRY_WARNING_DAYS: raw })).toThrow(new ConfigError(`EXPIRY_WARNING_DAYS must be a whole number from 1 to 365, not '${raw}'`));
  });
});

describe('webhooks', () => {
  test('given development (the embedded database, or a server with the development sign-in), then plain http to this machine is allowed; given a server otherwise, then https only', () => {
    expect(readConfig({}).webhookAllowHttpLoopback).toBe(true);
    expect(readConfig({ DATABASE_URL: 'postgres://db/stor' }).webhookAllowHttpLoopback).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://db/stor', WEB_SIGN_IN: 'development' }).webhookAllowHttpLoopback).toBe(true);
    expect(readConfig({ WEB_SIGN_IN: 'oidc' }).webhookAllowHttpLoopback).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://db/stor', WEBHOOK_ALLOW_HTTP_LOOPBACK: 'true' }).webhookAllowHttpLoopback).toBe(true);
    expect(readConfig({ WEBHOOK_ALLOW_HTTP_LOOPBACK: 'false' }).webhookAllowHttpLoopback).toBe(false);
  });

  test('given nothing, then no private addresses, a 1 s retry base doubling, 12 attempts, a poll each second', () => {
    expect(readConfig({})).toMatchObject({ webhookAllowPrivate: false, webhookRetryBaseMs: 1000, webhookMaxAttempts: 12, webhookPollMs: 1000 });
    expect(readConfig({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_POLL_MS: '20' })).toMatchObject({
      webhookAllowPrivate: true,
      webhookRetryBaseMs: 50,
      webhookMaxAttempts: 3,
      webhookPollMs: 20,
    });
  });

  test('given anything else, then STOR does not start', () => {
    expect(() => readConfig({ WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(ConfigError);
    expect(() => readConfig({ WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(ConfigError);
    expect(() => readConfig({ WEBHOOK_RETRY_BASE_MS: 'soon' })).toThrow(ConfigError);
    expect(() => readConfig({ WEBHOOK_POLL_MS: '1' })).toThrow(ConfigError);
  });
});

describe('OpenID Connect', () => {
  const issuer = { AUTH_ISSUER: 'https://id.police.example', AUTH_AUDIENCE: 'stor-api', AUTH_JWKS_URL: 'https://id.police.example/jwks' };

  test('with none of the issuer settings, tokens are the development ones', () => {
    expect(readConfig({}).oidc).toBeNull();
  });

  test('with all three, tokens come from the issuer, with the default claim names', () => {
    expect(readConfig(issuer).oidc).toEqual({
      issuer: 'https://id.police.example',
      audience: 'stor-api',
      jwksUrl: 'https://id.police.example/jwks',
      claims: { role: 'role', force: 'force', region: 'region', user: 'sub' },
      clientId: null,
      clientSecret: null,
      jwksCooldownMs: 30_000,
    });
    expect(readConfig({ ...issuer, AUTH_CLAIM_ROLE: 'stor_role', AUTH_CLAIM_USER: 'oid' }).oidc?.claims).toMatchObject({ role: 'stor_role', user: 'oid' });
  });

  test.each(['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL'])('without %s, STOR refuses to start and names it', (missing) => {
    const env: Record<string, string> = { ...issuer };
    delete env[missing];
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(missing);
  });

  test('the issuer and its keys over plain http are refused, except on this machine', () => {
    expect(() => readConfig({ ...issuer, AUTH_JWKS_URL: 'http://id.police.example/jwks' })).toThrow(ConfigError);
    expect(readConfig({ ...issuer, AUTH_ISSUER: 'http://127.0.0.1:8080', AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks' }).oidc?.issuer).toBe('http://127.0.0.1:8080');
  });

  test('a client id without an issuer is refused', () => {
    expect(() => readConfig({ AUTH_CLIENT_ID: 'stor-web' })).toThrow(ConfigError);
  });

  test('the maximum token age is bounded', () => {
    expect(readConfig({}).maxTokenAgeSeconds).toBe(43_200);
    expect(() => readConfig({ AUTH_MAX_TOKEN_AGE_SECONDS: '0' })).toThrow(ConfigError);
  });
});

describe('whether a check must say why it is made', () => {
  test('given nothing, then a purpose is optional', () => {
    expect(readConfig({}).checkPurposeRequired).toBe(false);
  });

  test('given CHECK_PURPOSE_REQUIRED=true, then required; anything but true or false stops STOR', () => {
    expect(readConfig({ CHECK_PURPOSE_REQUIRED: 'true' }).checkPurposeRequired).toBe(true);
    expect(() => readConfig({ CHECK_PURPOSE_REQUIRED: 'yes' })).toThrow(ConfigError);
  });
});

describe('rate limits', () => {
  test('given nothing, then 60 checks a minute per user, 600 per address, 30 failed authentications per address', () => {
    expect(readConfig({})).toMatchObject({ rateLimitChecksPerMinute: 60, rateLimitChecksPerMinutePerAddress: 600, rateLimitFailedAuthPerMinute: 30 });
    expect(
      readConfig({ RATE_LIMIT_CHECKS_PER_MINUTE: '5', RATE_LIMIT_CHECKS_PER_MINUTE_PER_ADDRESS: '50', RATE_LIMIT_FAILED_AUTH_PER_MINUTE: '3' }),
    ).toMatchObject({ rateLimitChecksPerMinute: 5, rateLimitChecksPerMinutePerAddress: 50, rateLimitFailedAuthPerMinute: 3 });
  });

  test('given zero or a word, then STOR does not start', () => {
    expect(() => readConfig({ RATE_LIMIT_CHECKS_PER_MINUTE: '0' })).toThrow(ConfigError);
    expect(() => readConfig({ RATE_LIMIT_FAILED_AUTH_PER_MINUTE: 'lots' })).toThrow(ConfigError);
  });
});
