import { STATUS_CODES } from 'node:http';
import { DELIVERY_STATUSES, type DeliveryStatus, type ListedWebhook, type WebhookDelivery } from '#alerts';
import { kindWords } from '../alerts/alert-words.js';
import { dateTime, forceName } from '../rendering/plain-words.js';

const STATUS_WORDS: Record<DeliveryStatus, { text: string; choice: string; tag: string }> = {
  pending: { text: 'Pending', choice: 'Pending: on its way, or waiting to try again', tag: 'govuk-tag--blue' },
  delivered: { text: 'Delivered', choice: 'Delivered', tag: 'govuk-tag--green' },
  dead: { text: 'Given up', choice: 'Given up: every attempt failed (can be sent again)', tag: 'govuk-tag--red' },
  cancelled: { text: 'Cancelled', choice: 'Cancelled: the webhook was removed first', tag: 'govuk-tag--grey' },
};

/** The statuses a deliveries page filters by, in the words of its radios. */
export const STATUS_CHOICES = DELIVERY_STATUSES.map((status) => ({ value: status, text: STATUS_WORDS[status].choice }));

// What the delivery worker records of a failed attempt (`lastError`), as the force's administrator reads it.
const FAILURE_WORDS: Record<string, string> = {
  timeout: 'No answer within 5 seconds',
  'connection-refused': 'Connection refused: nothing is listening at that address',
  'connection-reset': 'The receiver closed the connection',
  unreachable: 'The receiver’s network could not be reached',
  tls: 'The secure connection failed (its certificate or TLS)',
  'bad-response': 'The answer was not HTTP',
  network: 'A network error',
  'address-refused': 'Not sent: the address is not one STOR may send to now, or its host name no longer resolves',
  'secret-unreadable': 'Not sent: its secret can no longer be read (STOR’s key has changed); remove the webhook and add it again',
  interrupted: 'STOR stopped during the last attempt',
};

/** Why an attempt failed, in words, with the code the API gives (`http-503`, `timeout`…) so the two can be matched. */
export function failureWords(lastError: string): string {
  const http = /^http-(\d{3})$/.exec(lastError);
  if (http) return `The receiver answered ${http[1]}${STATUS_CODES[http[1]] ? ` ${STATUS_CODES[http[1]]}` : ''}`;
  const words = FAILURE_WORDS[lastError];
  return words ? `${words} (${lastError})` : lastError;
}

/** What came of the last attempt and when; null before the first. */
export function lastAttemptWords(delivery: Pick<WebhookDelivery, 'lastAttemptAt' | 'lastStatus' | 'lastError'>): { outcome: string; at: string } | null {
  if (!delivery.lastAttemptAt) return null;
  const outcome = delivery.lastError
    ? failureWords(delivery.lastError)
    : delivery.lastStatus !== null
      ? `Received: the receiver answered ${delivery.lastStatus}`
      : 'No answer recorded yet';
  return { outcome, at: dateTime(delivery.lastAttemptAt) };
}

/** When the delivery came to where it stands: delivered, given up, or next to be tried. */
export function statusWhen(delivery: Pick<WebhookDelivery, 'status' | 'deliveredAt' | 'deadAt' | 'nextAttemptAt'>): string | null {
  switch (delivery.status) {
    case 'delivered':
      return delivery.deliveredAt ? `on ${dateTime(delivery.deliveredAt)}` : null;
    case 'dead':
      return delivery.deadAt ? `on ${dateTime(delivery.deadAt)}` : null;
    case 'pending':
      return delivery.nextAttemptAt ? `next attempt ${dateTime(delivery.nextAttemptAt)}` : null;
    case 'cancelled':
      return null;
  }
}

/** A delivery with the words its row shows; only a dead or delivered one can be sent again (a pending one is on its way). */
export function deliveryWithWords(delivery: WebhookDelivery) {
  const status = STATUS_WORDS[delivery.status];
  return {
    ...delivery,
    words: {
      kind: kindWords(delivery.alert.kind),
      status: status.text,
      statusTag: status.tag,
      statusWhen: statusWhen(delivery),
      queued: dateTime(delivery.createdAt),
      lastAttempt: lastAttemptWords(delivery),
      attempts: delivery.attempts === 1 ? '1 attempt' : `${delivery.attempts} attempts`,
    },
    maySendAgain: delivery.status === 'dead' || delivery.status === 'delivered',
  };
}

/** A webhook as its force's list shows it: when it was added, and what waits or was given up. */
export function webhookWithWords(webhook: ListedWebhook) {
  const { pending, dead } = webhook.deliveries;
  return {
    ...webhook,
    words: {
      registeredAt: dateTime(webhook.registeredAt),
      pending: pending === 0 ? 'None waiting' : `${pending} waiting`,
      dead: dead === 0 ? 'None given up' : `${dead} given up`,
    },
  };
}

/** What the address box must hold under this STOR's configuration (WEBHOOK_ALLOW_HTTP_LOOPBACK, WEBHOOK_ALLOW_PRIVATE). */
export function addressHint(force: string, policy: { allowHttpLoopback: boolean; allowPrivate: boolean }): string {
  const scheme = policy.allowHttpLoopback ? 'It must start with https:// (plain http:// only to this machine: localhost, 127.0.0.1 or ::1).' : 'It must start with https://.';
  const reach = policy.allowPrivate
    ? 'This STOR may also send to private network addresses.'
    : 'Private, loopback and link-local network addresses are refused: the receiver must be reachable on the internet.';
  return `Where STOR is to send each new alert for ${forceName(force)}, as JSON. ${scheme} ${reach}`;
}

/** The webhooks page of a force. */
export function webhooksAddress(force: string, query: Record<string, string> = {}): string {
  const text = new URLSearchParams(query).toString();
  return `/forces/${encodeURIComponent(force)}/webhooks${text ? `?${text}` : ''}`;
}

/** A webhook's deliveries page for a status and a page, with only what is set, so links stay short and stable. */
export function deliveriesAddress(force: string, webhookId: string, filter: { status?: string | null; before?: string | null; sent?: string } = {}): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.before) query.set('before', filter.before);
  if (filter.sent) query.set('sent', filter.sent);
  const text = query.toString();
  return `/forces/${encodeURIComponent(force)}/webhooks/${encodeURIComponent(webhookId)}${text ? `?${text}` : ''}`;
}
