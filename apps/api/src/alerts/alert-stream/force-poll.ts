/**
 * What one poll of a force's inbox has found new. The log's order (transaction, then position on
 * PostgreSQL) can project an alert a few positions below one already sent, so each poll reads
 * OVERLAP positions back and remembers what it sent from there (decision 0025).
 */
export const OVERLAP = 100;

export interface PollState {
  /** The highest position sent. */
  cursor: number;
  /** Alert ids sent at positions within OVERLAP of the cursor. */
  seen: ReadonlyMap<string, number>;
}

export function pollFrom(state: PollState): number {
  return Math.max(0, state.cursor - OVERLAP);
}

export function afterPoll<A extends { alertId: string; position: number }>(state: PollState, rows: readonly A[]): { state: PollState; fresh: A[] } {
  const seen = new Map(state.seen);
  let cursor = state.cursor;
  const fresh: A[] = [];
  for (const row of rows) {
    if (seen.has(row.alertId) || row.position <= cursor - OVERLAP) continue;
    seen.set(row.alertId, row.position);
    cursor = Math.max(cursor, row.position);
    fresh.push(row);
  }
  for (const [alertId, position] of seen) if (position <= cursor - OVERLAP) seen.delete(alertId);
  return { state: { cursor, seen }, fresh };
}
