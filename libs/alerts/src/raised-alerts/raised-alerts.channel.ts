/** The PostgreSQL channel the inbox projection notifies when a batch it committed raised alerts. */
export const RAISED_ALERTS_CHANNEL = 'stor_alerts';

/** Which forces' inboxes a notification says have new alerts; 'every-force' when it cannot say. */
export type ForcesWithNewAlerts = ReadonlySet<string> | 'every-force';

/** A NOTIFY payload is limited to 8000 bytes; 46 force codes and their commas take under 600. */
export function notificationOf(forces: Iterable<string>): string {
  return [...new Set(forces)].sort().join(',');
}

/** The forces a payload names. An empty or foreign payload wakes every force: a wake-up costs a query, a missed one an alert's latency. */
export function forcesNotified(payload: string): ForcesWithNewAlerts {
  const forces = payload.split(',').filter((code) => /^[a-z][a-z-]{1,40}$/.test(code));
  return forces.length === 0 ? 'every-force' : new Set(forces);
}

export function includesForce(forces: ForcesWithNewAlerts, force: string): boolean {
  return forces === 'every-force' || forces.has(force);
}
