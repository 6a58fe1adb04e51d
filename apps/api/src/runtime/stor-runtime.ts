import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import type { LegalConfig } from '#domain';
import type { Clock, IdSource, StorConfig } from '#platform';

/**
 * The parts made before Nest starts (the database must be open and migrated first) and handed to
 * the modules as providers. Tests build one with a settable clock.
 */
export interface StorRuntime {
  config: StorConfig;
  db: DataSource;
  store: EventStore;
  clock: Clock;
  ids: IdSource;
  signingKey: Uint8Array;
  /** The unverified points of law, as configured (docs/legal-review.md). */
  legal: LegalConfig;
}

