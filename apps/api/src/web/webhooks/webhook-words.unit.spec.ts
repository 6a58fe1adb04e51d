import type { WebhookDelivery } from '#alerts';
import { addressHint, deliveriesAddress, deliveryWithWords, failureWords, lastAttemptWords, STATUS_CHOICES, statusWhen, webhooksAddress, webhookWithWords } from './webhook-words.js';

const delivery = (overrides: Partial<WebhookDelivery>): WebhookDelivery => ({
  deliveryId: '7d3c8a4e-0000-4000-8000-000000000001',
  webhookId: '7d3c8a4e-0000-4000-8000-000000000002',
  alertId: '7d3c8a4e-0000-4000-8000-000000000003',
  alert: { kind: 'breach-recorded', reason: 'Breach of an order owned by Kent Police (your force), recorded in your area.', orderId: '7d3c8a4e-0000-4000-8000-000000000004' },
  status: 'pending',
  attempts: 0,
  createdAt: '2026-07-01T08:00:00.000Z',
  nextAttemptAt: '2026-07-01T08:00:00.000Z',
  lastAttemptAt: null,
  lastStatus: null,
  lastError: null,
  deliveredAt: null,
  deadAt: null,
  ...overrides,
});

describe('why an attempt failed, in words', () => {
  test('given an HTTP status, then what the receiver answered with its reason phrase', () => {
    expect(failureWords('http-503')).toBe('The receiver answered 503 Service Unavailable');
    expect(failureWords('http-599')).toBe('The receiver answered 599');
  });

  test('given a kind of failure, then words with the code the API gives', () => {
    expect(failureWords('timeout')).toBe('No answer within 5 seconds (timeout)');
    expect(failureWords('connection-refused')).toBe('Connection refused: nothing is listening at that address (connection-refused)');
    expect(failureWords('address-refused')).toMatch(/^Not sent: the address is not one STOR may send to now.*\(address-refused\)$/);
  });

  test('given a code this page does not know, then the code as it is', () => {
    expect(failureWords('something-new')).toBe('something-new');
  });
});

describe('the last attempt', () => {
  test('given none yet, then nothing', () => {
    expect(lastAttemptWords(delivery({}))).toBeNull();
  });

  test('given a failure, then why and when in UK time', () => {
    expect(lastAttemptWords(delivery({ attempts: 2, lastAttemptAt: '2026-07-01T08:05:00.000Z', lastStatus: 500, lastError: 'http-500' }))).toEqual({
      outcome: 'The receiver answered 500 Internal Server Error',
      at: '1 July 2026 at 09:05',
    });
  });

  test('given a 2xx, then that it was received', () => {
    expect(lastAttemptWords(delivery({ status: 'delivered', attempts: 1, lastAttemptAt: '2026-07-01T08:05:00.000Z', lastStatus: 204 }))?.outcome).toBe('Received: the receiver answered 204');
  });
});

describe('when a delivery came to where it stands', () => {
  test('given each status, then its moment', () => {
    expect(statusWhen(delivery({ status: 'pending', nextAttemptAt: '2026-12-01T10:00:00.000Z' }))).toBe('next attempt 1 December 2026 at 10:00');
    expect(statusWhen(delivery({ status: 'delivered', nextAttemptAt: null, deliveredAt: '2026-07-01T08:05:00.000Z' }))).toBe('on 1 July 2026 at 09:05');
    expect(statusWhen(delivery({ status: 'dead', nextAttemptAt: null, deadAt: '2026-07-01T08:05:00.000Z' }))).toBe('on 1 July 2026 at 09:05');
    expect(statusWhen(delivery({ status: 'cancelled', nextAttemptAt: null }))).toBeNull();
  });
});

describe('a delivery in its row', () => {
  test('given a dead delivery, then its alert in words, given up, and it may be sent again', () => {
    const row = deliveryWithWords(delivery({ status: 'dead', attempts: 4, nextAttemptAt: null, deadAt: '2026-07-01T08:05:00.000Z', lastAttemptAt: '2026-07-01T08:05:00.000Z', lastError: 'timeout' }));
    expect(row.words).toMatchObject({ kind: 'Breach recorded', status: 'Given up', statusTag: 'govuk-tag--red', attempts: '4 attempts', queued: '1 July 2026 at 09:00' });
    expect(row.maySendAgain).toBe(true);
  });

  test('given a delivered one, then it may be sent again; a pending or cancelled one may not', () => {
    expect(deliveryWithWords(delivery({ status: 'delivered', attempts: 1 })).maySendAgain).toBe(true);
    expect(deliveryWithWords(delivery({ status: 'delivered', attempts: 1 })).words.attempts).toBe('1 attempt');
    expect(deliveryWithWords(delivery({ status: 'pending' })).maySendAgain).toBe(false);
    expect(deliveryWithWords(delivery({ status: 'cancelled' })).maySendAgain).toBe(false);
  });

  test('every status has words to filter by', () => {
    expect(STATUS_CHOICES.map((choice) => choice.value)).toEqual(['pending', 'delivered', 'dead', 'cancelled']);
    expect(STATUS_CHOICES.every((choice) => choice.text.length > 0)).toBe(true);
  });
});

describe('a webhook in its force’s list', () => {
  test('given its counts, then what waits and what was given up, in words', () => {
    const listed = { webhookId: 'w', force: 'kent', url: 'https://alerts.kent.police.uk/stor', registeredAt: '2026-11-23T09:00:00.000Z' };
    expect(webhookWithWords({ ...listed, deliveries: { pending: 0, dead: 0 } }).words).toEqual({ registeredAt: '23 November 2026 at 09:00', pending: 'None waiting', dead: 'None given up' });
    expect(webhookWithWords({ ...listed, deliveries: { pending: 3, dead: 1 } }).words).toMatchObject({ pending: '3 waiting', dead: '1 given up' });
  });
});

describe('the address hint', () => {
  test('given the strict configuration, then https only and no private addresses', () => {
    expect(addressHint('kent', { allowHttpLoopback: false, allowPrivate: false })).toBe(
      'Where STOR is to send each new alert for Kent Police, as JSON. It must start with https://. Private, loopback and link-local network addresses are refused: the receiver must be reachable on the internet.',
    );
  });

  test('given loopback http and private addresses allowed, then it says so', () => {
    const hint = addressHint('kent', { allowHttpLoopback: true, allowPrivate: true });
    expect(hint).toContain('plain http:// only to this machine');
    expect(hint).toContain('may also send to private network addresses');
  });
});

describe('the pages’ addresses', () => {
  test('given a filter and a page, then only what is set', () => {
    expect(webhooksAddress('kent')).toBe('/forces/kent/webhooks');
    expect(webhooksAddress('kent', { removed: '1' })).toBe('/forces/kent/webhooks?removed=1');
    expect(deliveriesAddress('kent', 'w1')).toBe('/forces/kent/webhooks/w1');
    expect(deliveriesAddress('kent', 'w1', { status: 'dead', before: '42', sent: 'd1' })).toBe('/forces/kent/webhooks/w1?status=dead&before=42&sent=d1');
    expect(deliveriesAddress('kent', 'w1', { status: null, before: '42' })).toBe('/forces/kent/webhooks/w1?before=42');
  });
});
