import type { OrderId } from '#domain';
import { DEFAULT_LEGAL_CONFIG, orderStreamId, subjectStreamId } from '#domain';
import { PostgresEventStore, ProjectionRunner } from '#event-store';
import { logDatabaseForThisFile } from '../../../../test/support/log-database.js';
import { seedOrders } from './seed.js';
import { SyntheticRegister } from './synthetic-register.js';

const log = logDatabaseForThisFile();

describe('seed (real PostgreSQL)', () => {
  it('appends each subject stream and order stream, and refuses to seed the same seed twice', async () => {
    const store = new PostgresEventStore(log.db, { notifyOtherProcesses: false });
    const runner = new ProjectionRunner(store, log.db, [], { batchSize: 500, pollMs: 1_000, onError: () => undefined });
    const options = { count: 200, seed: 5, today: '2026-12-01' as const, legal: DEFAULT_LEGAL_CONFIG, concurrency: 8 };
    const result = await seedOrders(store, runner, options);
    expect(result.orders).toBe(200);
    expect(result.refusals).toEqual([]);

    const first = new SyntheticRegister({ seed: 5, today: '2026-12-01' as const }).nextSubject(200);
    const subjectStream = await store.readStream(subjectStreamId(first.subjectId));
    expect(subjectStream[0]?.type).toBe('SubjectRegistered');
    const orderStream = await store.readStream(orderStreamId(first.orders[0]?.orderId as OrderId));
    expect(orderStream[0]?.type).toBe('OrderMade');
    expect(orderStream[0]?.metadata).toMatchObject({ schemaVersion: 3, actor: { role: 'order-manager' } });
    const all = await store.readAll(null, 100_000);
    expect(all).toHaveLength(result.events);

    await expect(seedOrders(store, runner, options)).rejects.toThrow(/already holds the orders of seed 5/);
  });
});
