import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../event-store.port.js';

/**
 * A read model kept from the log. `apply` runs inside the transaction that also moves the
 * projection's checkpoint, so an event is applied exactly once even across crashes.
 */
export interface Projection {
  readonly name: string;
  /** The tables it alone writes, in the public schema: what a rebuild builds beside and swaps in. */
  readonly tables?: readonly string[];
  /**
   * Columns, by table, that record where in the log a row was last written rather than what the
   * log says of it (a rebuild writes it in other batches): left out when a rebuild is compared.
   */
  readonly bookkeeping?: Readonly<Record<string, readonly string[]>>;
  apply(event: RecordedEvent, tx: EntityManager): Promise<void>;
  /** Optional: a whole batch, in log order, in one transaction; what a projection that folds in memory offers. */
  applyBatch?(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');

/**
 * A policy that acts on events — typically by sending a command (an earlier order superseded, an
 * interim order ended). It runs outside any transaction, after every projection has applied the
 * event, and may see an event again after a crash: what it does must be idempotent.
 */
export interface Reactor {
  readonly name: string;
  react(event: RecordedEvent): Promise<void>;
  /** Optional: a run of events every projection has applied, in log order; lets a reactor read what it needs once. */
  reactToBatch?(events: readonly RecordedEvent[]): Promise<void>;
}
