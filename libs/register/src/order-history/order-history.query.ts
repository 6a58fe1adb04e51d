import type { OrderId } from '#domain';
import type { RecordedEvent } from '#event-store';

/** Every event of one order, oldest first: read from the log itself, not a projection. */
export class OrderHistoryQuery {
  constructor(readonly orderId: OrderId) {}
}

export interface HistoryEntry {
  version: number;
  position: number;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  recordedBy: { userId: string; role: string; force?: string };
  data: Record<string, unknown>;
}

/** An event of the log as a history shows it: who recorded what, when, and where it stands; `data` in today's shape. */
export function historyEntryOf(event: RecordedEvent, data: Record<string, unknown> = event.data): HistoryEntry {
  return {
    version: event.streamVersion,
    position: event.position,
    type: event.type,
    schemaVersion: event.metadata.schemaVersion,
    recordedAt: event.metadata.recordedAt,
    recordedBy: event.metadata.actor,
    data,
  };
}
