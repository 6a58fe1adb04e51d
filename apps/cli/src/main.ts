import './garbage-collection.js';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ExpiryClock, ProjectorModule } from '../../projector/src/index.js';
import { createApp } from '../../api/src/index.js';
import { randomUUID } from 'node:crypto';
import { AuditTrail, DEVELOPMENT_MAX_LIFETIME_SECONDS, issueToken, loadSigningKey, ROLES, type UserRole } from '#identity';
import { ProjectionRunner } from '#event-store';
import { ConfigError, readConfig, SystemClock } from '#platform';
import { RegisterUpkeep } from '#register';
import { openRuntime } from './runtime.js';
import { rebuildProjections, verifyProjections } from './projections/rebuild-and-verify.js';
import { seedOrders } from './seed/seed.js';

const USAGE = `usage: stor <command>
  start                      run STOR (API and projector) with the configured database
  token --role ROLE [--force CODE …] [--region CODE] [--name NAME] [--user ID] [--ttl HOURS]
                             print a development bearer token (HS256, issuer stor-development, at most 24 hours,
                             a fresh user id each unless --user) that this STOR accepts; refused when AUTH_ISSUER is set
  seed --orders N [--seed S] fill the log with N synthetic orders decided by the domain, then build the projections
  rebuild                    rebuild every projection from the log (beside the live tables, then swapped in)
  verify                     recompute every projection from the log and compare; exit 0 when they agree
  audit-verify               walk the audit trail's hash chain; exit 0 when whole, 1 naming the first broken entry`;

async function start(): Promise<void> {
  const config = readConfig();
  const started = Date.now();
  const runtime = await openRuntime(config, new SystemClock());
  const app = await createApp(runtime, [ProjectorModule.with({ clockIntervalMs: config.clockIntervalMs })]);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const where = config.databaseUrl ? 'PostgreSQL server' : `embedded PostgreSQL (PGlite) in ${config.dataDir}`;
  console.log(`STOR is running. Open http://localhost:${port}/ in a browser to sign in.`);
  console.log(`API: http://localhost:${port}/api (docs: http://localhost:${port}/docs)`);
  if (config.webSignIn === 'development') console.log('Sign-in is the development sign-in (WEB_SIGN_IN=development): anyone can pick any role.');
  console.log(`Data: ${where}. Ready in ${Date.now() - started} ms.`);
}

async function token(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string' },
      // Several --force give one token a line, in the order asked (scripts that act for many forces).
      force: { type: 'string', multiple: true },
      region: { type: 'string' },
      name: { type: 'string' },
      user: { type: 'string' },
      ttl: { type: 'string', default: '12' },
    },
  });
  if (!values.role || !(ROLES as readonly string[]).includes(values.role)) {
    throw new ConfigError(`--role must be one of ${ROLES.join(', ')}`);
  }
  const hours = Number(values.ttl);
  const maxHours = DEVELOPMENT_MAX_LIFETIME_SECONDS / 3600;
  if (!Number.isFinite(hours) || hours <= 0 || hours > maxHours) throw new ConfigError(`--ttl must be hours, from 1 to ${maxHours}`);
  const forces: (string | undefined)[] = values.force?.length ? values.force : [undefined];
  if (forces.length > 1 && (values.user || values.name)) throw new ConfigError('--user and --name name one person: give one --force with them');
  const config = readConfig();
  if (config.oidc) throw new ConfigError('This STOR trusts tokens from its OpenID Connect issuer (AUTH_ISSUER): development tokens would be refused. Ask the issuer for a token.');
  const key = loadSigningKey(config);
  for (const force of forces) {
    const name = values.name ?? `${values.role}${force ? ` (${force})` : values.region ? ` (${values.region})` : ''}`;
    const signed = await issueToken(
      {
        // Each token its own user unless --user says who: two people minted with the same name are still two people in the audit trail.
        userId: values.user ?? `dev:${values.role}:${force ?? values.region ?? 'national'}:${randomUUID()}`,
        name,
        role: values.role as UserRole,
        force,
        region: values.region,
      },
      key,
      { now: new Date(), ttlSeconds: Math.round(hours * 3600) },
    );
    console.log(signed);
  }
}

const SEED_BATCH_SIZE = 2_500;

async function seed(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { orders: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const count = Number(values.orders);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new ConfigError('--orders must be a whole number from 1 to 1000000');
  const config = readConfig();
  const clock = new SystemClock();
  // Synthetic data, made again by the same command: its commits need not wait for the disk.
  const runtime = await openRuntime(config, clock, { bulkLoad: true });
  // Larger batches than in service: fewer round trips and statements per event while the log fills
  // (at 150,000 orders, one run each: 2,500 events a batch took 193 s, 1,000 took 220 s, 5,000 202 s).
  const app = await createApp(runtime, [ProjectorModule.with({ clockIntervalMs: 0, vacuumWhileRunning: false, batchSize: SEED_BATCH_SIZE })]);
  // The projections are caught up while the log fills (seedOrders steps them together); catch-up is what remains after the last append.
  const runner = app.get(ProjectionRunner);
  try {
    const result = await seedOrders(runtime.store, runner, { count, seed: Number(values.seed), today: clock.today(), legal: runtime.legal });
    await app.get(ExpiryClock).tick();
    // A register filled at once leaves every row version it rewrote behind: clear them before anyone checks.
    await app.get(RegisterUpkeep).vacuum();
    const perSecond = (n: number, ms: number) => Math.round((n / Math.max(ms, 1)) * 1000);
    const total = result.appendMilliseconds + result.catchUpMilliseconds;
    console.log(
      `Appended ${result.orders} orders (${result.events} events) in ${result.appendMilliseconds} ms: ` +
        `${perSecond(result.orders, result.appendMilliseconds)} orders/s, ${perSecond(result.events, result.appendMilliseconds)} events/s.`,
    );
    console.log(`Projections caught up ${result.catchUpMilliseconds} ms after the last append (they ran while the log filled).`);
    console.log(`Events: ${Object.entries(result.byType).map(([type, n]) => `${type} ${n}`).join(', ')}.`);
    if (result.refusals.length > 0) console.log(`Refused by the decider and left out: ${summariseRefusals(result.refusals)}.`);
    console.log(
      `Seeded ${result.orders} orders, ${result.subjects} subjects, ${result.aliases} aliases, ${result.events} events, ` +
        `${result.breaches} breaches, ${result.endedOrders} ended orders in ${total} ms (${perSecond(result.orders, total)} orders/s).`,
    );
  } finally {
    await app.close();
  }
}

function summariseRefusals(refusals: { command: string; rule: string }[]): string {
  const counts = new Map<string, number>();
  for (const { command, rule } of refusals) counts.set(`${command} ${rule}`, (counts.get(`${command} ${rule}`) ?? 0) + 1);
  return [...counts].map(([what, n]) => `${what} ×${n}`).join(', ');
}

async function rebuild(): Promise<void> {
  const runtime = await openRuntime(readConfig(), new SystemClock());
  try {
    await rebuildProjections(runtime.db, runtime.store, (line) => console.log(line));
    await new RegisterUpkeep(runtime.db).vacuum();
  } finally {
    await runtime.store.close();
    await runtime.db.destroy();
  }
}

async function verify(): Promise<void> {
  const runtime = await openRuntime(readConfig(), new SystemClock());
  const agree = await verifyProjections(runtime.db, runtime.store, (line) => console.log(line)).finally(async () => {
    await runtime.store.close();
    await runtime.db.destroy();
  });
  console.log(agree ? 'The projections agree with the log.' : 'The projections DO NOT agree with the log: run `npm run -s rebuild`.');
  if (!agree) process.exitCode = 1;
}

async function auditVerify(): Promise<void> {
  const runtime = await openRuntime(readConfig(), new SystemClock());
  const verdict = await new AuditTrail(runtime.db).verify().finally(async () => {
    await runtime.store.close();
    await runtime.db.destroy();
  });
  if (!verdict.firstBreak) {
    console.log(`The audit trail is whole: ${verdict.entries} entries, each following from the one before.`);
    return;
  }
  const { seq, auditId, reason } = verdict.firstBreak;
  console.error(`The audit trail is BROKEN at entry ${seq}${auditId ? ` (audit id ${auditId})` : ''}: ${reason}. ${verdict.entries} entries before it verify.`);
  process.exitCode = 1;
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  start: () => start(),
  token,
  seed,
  rebuild: () => rebuild(),
  verify: () => verify(),
  'audit-verify': () => auditVerify(),
};

const [command, ...rest] = process.argv.slice(2);
const run = COMMANDS[command ?? ''] ? COMMANDS[command](rest) : Promise.reject(new ConfigError(USAGE));
run.catch((error: unknown) => {
  // An option the command does not know (`--help` too) is a usage error, not a crash.
  if (String((error as { code?: unknown })?.code ?? '').startsWith('ERR_PARSE_ARGS_')) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof ConfigError || (error as Error)?.name === 'InvalidClaims' ? (error as Error).message : error);
  process.exit(1);
});
