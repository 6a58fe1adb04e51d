import type { DataSource } from 'typeorm';
import { readConfig } from '#platform';
import type { RaisedAlerts } from '../../raised-alerts/raised-alerts.js';
import { WebhookSecrets } from '../webhook-secrets.js';
import { WebhookDeliveryTally } from './delivery-tally.js';
import { WebhookDeliveryWorker } from './webhook-delivery.worker.js';

/** A database that finds nothing due, and whose claims finish only when the test lets them. */
function outbox() {
  const claims: (() => void)[] = [];
  const db = {
    query: async (sql: string) => {
      if (!sql.includes('FOR UPDATE SKIP LOCKED')) return [[], 0];
      await new Promise<void>((resolve) => claims.push(resolve));
      return [[], 0];
    },
  } as unknown as DataSource;
  return { db, claims };
}

/** What the inbox's notifications would tell the worker, told by the test instead. */
function raisedAlerts() {
  const listeners = new Set<() => void>();
  const raised = {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as RaisedAlerts;
  return { raised, raise: () => listeners.forEach((listener) => listener()), listening: () => listeners.size };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('waking the delivery worker', () => {
  // The poll is an hour away: every claim here is one a wake asked for.
  const config = { ...readConfig({}), webhookPollMs: 60_000 };
  const worker = (db: DataSource, raised = raisedAlerts().raised) =>
    new WebhookDeliveryWorker(db, new WebhookSecrets(new Uint8Array(32)), new WebhookDeliveryTally(), raised, config);

  test('given a started worker, when the inbox says alerts were raised, then it claims at once; stopped, it no longer listens', async () => {
    const { db, claims } = outbox();
    const inbox = raisedAlerts();
    const started = worker(db, inbox.raised);
    started.start();
    await settle();
    claims[0]();
    await settle();
    inbox.raise();
    await settle();
    expect(claims).toHaveLength(2);
    claims[1]();
    await started.stop();
    expect(inbox.listening()).toBe(0);
  });

  test('given a started worker, then one wake makes one claim at once', async () => {
    const { db, claims } = outbox();
    const started = worker(db);
    started.start();
    await settle();
    expect(claims).toHaveLength(1);
    claims[0]();
    await settle();
    started.wake();
    await settle();
    expect(claims).toHaveLength(2);
    claims[1]();
    await started.stop();
  });

  test('given wakes while a claim is running, then one more claim straight after it, not one each', async () => {
    const { db, claims } = outbox();
    const started = worker(db);
    started.start();
    await settle();
    started.wake();
    started.wake();
    started.wake();
    await settle();
    expect(claims).toHaveLength(1);
    claims[0]();
    await settle();
    expect(claims).toHaveLength(2);
    claims[1]();
    await settle();
    expect(claims).toHaveLength(2);
    await started.stop();
  });

  test('given a worker not started, or stopped, then a wake does nothing', async () => {
    const { db, claims } = outbox();
    const idle = worker(db);
    idle.wake();
    await settle();
    expect(claims).toHaveLength(0);
    idle.start();
    await settle();
    claims[0]();
    await idle.stop();
    idle.wake();
    await settle();
    expect(claims).toHaveLength(1);
  });
});
