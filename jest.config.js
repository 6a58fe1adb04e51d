import { existsSync } from 'node:fs';

// Three tiers, named by file suffix: unit (pure, in-memory), integration (a real PostgreSQL:
// embedded PGlite, or DATABASE_URL), e2e (the booted app over loopback HTTP).
const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleNameMapper: {
    '^#([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

// Browser tests drive Debian's Chromium (test/browser/README.md). Where it is not installed they are left
// out of the run and that is said, so `npm test` passes on a fresh machine; .ci/run installs it first.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const withBrowser = existsSync(chromium);
// eslint-disable-next-line no-console -- the one line that says why a suite did not run
if (!withBrowser) console.warn(`Browser tests left out: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH).`);

export default {
  // Global only: jest ignores testTimeout inside projects. Booting STOR on a busy 2-core machine is slow.
  testTimeout: 120_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.unit.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e.spec.ts'] },
    ...(withBrowser ? [{ ...shared, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser.spec.ts'] }] : []),
  ],
};
