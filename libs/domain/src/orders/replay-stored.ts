import { replay } from './evolve.js';
import type { OrderState } from './state.js';
import { upcast } from './upcast.js';

/** An event as a log keeps it: any schema version it was written in. */
export interface StoredOrderEvent {
  type: string;
  data: unknown;
  metadata: { schemaVersion: number };
}

/** The order as its stored events leave it, each upcast to today's shape first. */
export function replayStored(events: readonly StoredOrderEvent[]): OrderState {
  return replay(events.map((event) => upcast(event.type, event.data, event.metadata.schemaVersion)));
}
