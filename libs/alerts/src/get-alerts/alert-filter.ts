import type { AlertFilter, InboxAlert } from './get-alerts.query.js';

/** Whether an inbox filtered so would show this alert: what a live page inserts, and what it leaves out. */
export function alertMatches(filter: AlertFilter, alert: Pick<InboxAlert, 'kind' | 'acknowledged'>): boolean {
  if (filter.kind !== null && alert.kind !== filter.kind) return false;
  return filter.acknowledged === null || alert.acknowledged === filter.acknowledged;
}
