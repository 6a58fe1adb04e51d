import { Logger } from '@nestjs/common';
import type { StorRuntime } from '../../api/src/index.js';
import { AlertAcknowledgements1765100000100, AlertsKeyedByEvent1765000000100, AlertsSayWhatRaisedThem1765200000100, CreateAlertsInbox1763870000300, CreateWebhooks1765200000300 } from '#alerts';
import {
  EVENT_LOG_MIGRATIONS,
  CreateProjectionCheckpoints1763870000050,
  type EventStore,
  KurrentEventStore,
  PostgresEventStore,
} from '#event-store';
import { AuditTrailChain1765200000400, CreateAuditTrail1763870000100, loadSigningKey } from '#identity';
import { type Clock, ConfigError, loadLegalConfig, openDatabase, RandomIdSource, type StorConfig } from '#platform';
import { CreateSubjectKeys1765200000500, SealedEventStore, SubjectKeys } from '#orders';
import {
  CreateRegister1763870000200,
  RegisterIdentityAndNameIndex1764600000000,
  RegisterCheckReads1764700000000,
  RegisterHeldNameIndex1765000000200,
  RegisterStatistics1765000000300,
  RegisterExpiryWarnings1765200000200,
  RegisterLeanNameIndex1765000000000,
  RegisterNotificationsAndCrossBorder1763870000400,
} from '#register';

/** Every migration STOR has, in order; each lib owns its own tables. */
export const MIGRATIONS = [
  ...EVENT_LOG_MIGRATIONS,
  CreateProjectionCheckpoints1763870000050,
  CreateAuditTrail1763870000100,
  CreateRegister1763870000200,
  CreateAlertsInbox1763870000300,
  RegisterNotificationsAndCrossBorder1763870000400,
  RegisterIdentityAndNameIndex1764600000000,
  RegisterCheckReads1764700000000,
  RegisterLeanNameIndex1765000000000,
  AlertsKeyedByEvent1765000000100,
  RegisterHeldNameIndex1765000000200,
  RegisterStatistics1765000000300,
  AlertAcknowledgements1765100000100,
  AlertsSayWhatRaisedThem1765200000100,
  RegisterExpiryWarnings1765200000200,
  CreateWebhooks1765200000300,
  AuditTrailChain1765200000400,
  CreateSubjectKeys1765200000500,
];

/** Opens the database (embedded or server), migrates it, and assembles what the modules share. */
export async function openRuntime(config: StorConfig, clock: Clock, options: { bulkLoad?: boolean } = {}): Promise<StorRuntime> {
  const legal = loadLegalConfig(config.legalConfigFile);
  const db = await openDatabase(config, { migrations: MIGRATIONS, bulkLoad: options.bulkLoad });
  const signingKey = loadSigningKey(config);
  return {
    config,
    db,
    // Personal fields are sealed under their subject's key on the way in and opened on the way out (crypto-shredding).
    store: new SealedEventStore(openEventStore(config, db), new SubjectKeys(db, signingKey)),
    clock,
    ids: new RandomIdSource(),
    signingKey,
    legal,
  };
}

/**
 * The log: a PostgreSQL table (default), or EventStoreDB/KurrentDB. PostgreSQL holds the read models,
 * checkpoints and audit trail either way, so the database is opened and migrated in both cases.
 */
function openEventStore(config: StorConfig, db: StorRuntime['db']): EventStore {
  // Only a server is shared with other processes (API instances, a standby projector) that LISTEN for appends.
  if (config.eventStore === 'postgres') return new PostgresEventStore(db, { notifyOtherProcesses: Boolean(config.databaseUrl) });
  if (!config.eventStoreUrl) throw new ConfigError('EVENT_STORE=eventstoredb needs EVENTSTORE_URL (kurrentdb://host:2113?tls=false)');
  const logger = new Logger('event-store');
  try {
    return KurrentEventStore.connect(config.eventStoreUrl, {
      // The $all subscription only wakes the projector early (it polls anyway): a warning, not an error.
      subscription: {
        onError: (error, retryInMs) => logger.warn(`$all subscription dropped (${error instanceof Error ? error.constructor.name : 'error'}); resubscribing in ${retryInMs} ms`),
        onStale: () => logger.warn('$all subscription silent for too long; resubscribing'),
      },
    });
  } catch (error) {
    throw new ConfigError(`EVENTSTORE_URL is not a usable connection string: ${(error as Error).message}`);
  }
}
