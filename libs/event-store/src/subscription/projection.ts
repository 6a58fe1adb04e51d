import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../event-store.port.js';

/**
 * A read model kept from the log. `apply` runs inside the transaction that also moves the
 * projection's checkpoint, so an event is applied exactly once even across crashes.
 */
export interface Projection {
  readonly name: string;
  apply(event: RecordedEvent, tx: EntityManager): Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
