import type { StorRuntime } from '../../api/src/index.js';
import { CreateAlertsInbox1763870000300 } from '#alerts';
import { CreateEventStore1763870000000, CreateProjectionCheckpoints1763870000050, PostgresEventStore } from '#event-store';
import { CreateAuditTrail1763870000100, loadSigningKey } from '#identity';
import { type Clock, ConfigError, openDatabase, RandomIdSource, type StorConfig } from '#platform';
import { CreateRegister1763870000200 } from '#register';

/** Every migration STOR has, in order; each lib owns its own tables. */
export const MIGRATIONS = [
  CreateEventStore1763870000000,
  CreateProjectionCheckpoints1763870000050,
  CreateAuditTrail1763870000100,
  CreateRegister1763870000200,
  CreateAlertsInbox1763870000300,
];

/** Opens the database (embedded or server), migrates it, and assembles what the modules share. */
export async function openRuntime(config: StorConfig, clock: Clock): Promise<StorRuntime> {
  if (config.eventStore === 'eventstoredb') {
    throw new ConfigError('EVENT_STORE=eventstoredb is not available yet in this build: use the default PostgreSQL log.');
  }
  const db = await openDatabase(config, { migrations: MIGRATIONS });
  return {
    config,
    db,
    store: new PostgresEventStore(db),
    clock,
    ids: new RandomIdSource(),
    signingKey: loadSigningKey(config),
  };
}
