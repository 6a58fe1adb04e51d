import type { AlertRow } from '../../inbox/alert-rows.js';

/**
 * What a webhook receives of an alert: the alert as the force's inbox lists it (every field an
 * alert has, so a field added to alerts appears in both), and the force it was raised for.
 */
export function webhookPayloadOf(alert: AlertRow): AlertRow {
  const { force, ...raised } = alert;
  // The inbox answers instants as ISO 8601 in UTC; the log keeps what the clock said.
  return { force, ...raised, raisedAt: new Date(raised.raisedAt).toISOString() };
}

/** The raw body POSTed, and signed, on every attempt: written once, when the alert is raised. */
export function webhookBodyOf(alert: AlertRow): string {
  return JSON.stringify(webhookPayloadOf(alert));
}
