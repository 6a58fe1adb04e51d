import type { AlertFilter, AlertKind, InboxAlert } from '#alerts';
import { ALERT_KINDS } from '#alerts';
import { dateTime, forceName } from '../rendering/plain-words.js';

const KIND_WORDS: Record<AlertKind, string> = {
  'order-made': 'Order made',
  'order-varied': 'Order varied',
  'breach-recorded': 'Breach recorded',
  'subject-moved': 'Subject moved',
  'notification-overdue': 'Notification overdue',
  'expiring-soon': 'Order expiring soon',
  'order-ended': 'Order ended',
  'order-transferred': 'Order transferred',
};

const ROLE_WORDS: Record<string, string> = { officer: 'officer', 'order-manager': 'order manager' };

/** An alert's kind as an officer says it; a kind this page does not know is shown as it is. */
export function kindWords(kind: string): string {
  return KIND_WORDS[kind as AlertKind] ?? kind;
}

export const KIND_CHOICES = ALERT_KINDS.map((kind) => ({ value: kind, text: KIND_WORDS[kind] }));

/** "DS Priya Shah (order manager, Kent Police) on 23 November 2026 at 09:00", or null when no one has. */
export function acknowledgedWords(alert: Pick<InboxAlert, 'acknowledgedAt' | 'acknowledgedBy'>): string | null {
  if (!alert.acknowledgedAt || !alert.acknowledgedBy) return null;
  const { name, role, force } = alert.acknowledgedBy;
  const who = [ROLE_WORDS[role] ?? role, force ? forceName(force) : null].filter(Boolean).join(', ');
  return `${name} (${who}) on ${dateTime(alert.acknowledgedAt)}`;
}

/** An alert with the words the page shows, as the table renders it and as the live stream sends it. */
export function alertWithWords(alert: InboxAlert) {
  return { ...alert, words: { raisedAt: dateTime(alert.raisedAt), kind: kindWords(alert.kind), acknowledged: acknowledgedWords(alert) } };
}

/** The inbox page's address for a filter and a page, with only what is set, so links stay short and stable. */
export function inboxAddress(force: string, filter: AlertFilter, before: string | null = null, path = 'alerts'): string {
  const query = new URLSearchParams();
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.acknowledged !== null) query.set('acknowledged', String(filter.acknowledged));
  if (before) query.set('before', before);
  const text = query.toString();
  return `/forces/${encodeURIComponent(force)}/${path}${text ? `?${text}` : ''}`;
}

/** The page's live stream, resuming after the newest alert the page was rendered with. */
export function liveAddress(force: string, filter: AlertFilter, lastEventId: number): string {
  const address = inboxAddress(force, filter, null, 'alerts/live');
  return `${address}${address.includes('?') ? '&' : '?'}lastEventId=${lastEventId}`;
}

export function filtered(filter: AlertFilter): boolean {
  return filter.kind !== null || filter.acknowledged !== null;
}
