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
