/** Every event of one order, oldest first: read from the log itself, not a projection. */
export class OrderHistoryQuery {
  constructor(readonly orderId: string) {}
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
