import { type IsoDate, type LegalConfig, subjectStreamId, orderStreamId } from '#domain';
import { type EventStore, type ProjectionRunner, WrongExpectedVersion } from '#event-store';
import { ConfigError } from '#platform';
import type { Refusal } from './order-life.js';
import { toNewEvents } from './seed-metadata.js';
import { type SubjectHistory, SyntheticRegister } from './synthetic-register.js';

export interface SeedTally {
  orders: number;
  subjects: number;
  aliases: number;
  events: number;
  breaches: number;
  /** Orders no longer in force today: expired, discharged, quashed, superseded, interim ended. */
  endedOrders: number;
  byType: Record<string, number>;
}

export interface SeedResult extends SeedTally {
  refusals: Refusal[];
  appendMilliseconds: number;
  catchUpMilliseconds: number;
}

export interface SeedOptions {
  count: number;
  seed: number;
  today: IsoDate;
  legal: LegalConfig;
  /** Appends in flight at once: enough to keep the database's connection pool busy. */
  concurrency?: number;
}

/**
 * Fills the log with a national-scale synthetic register: every fact decided by the domain in
 * memory (synthetic-register.ts), each order's history appended in one go, then the projections
 * built from the log by the projector's own runner. Nothing is written to a read model directly.
 */
export async function seedOrders(store: EventStore, runner: ProjectionRunner, options: SeedOptions): Promise<SeedResult> {
  const register = new SyntheticRegister({ seed: options.seed, today: options.today, legal: options.legal });
  const tally: SeedTally = { orders: 0, subjects: 0, aliases: 0, events: 0, breaches: 0, endedOrders: 0, byType: {} };
  const started = Date.now();
  let remaining = options.count;
  const next = (): SubjectHistory | null => {
    while (remaining > 0) {
      const history = register.nextSubject(remaining);
      if (history.orders.length === 0) continue;
      remaining -= history.orders.length;
      count(tally, history);
      return history;
    }
    return null;
  };
  const worker = async () => {
    for (let history = next(); history !== null; history = next()) await appendSubject(store, history, options.seed);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 24 }, worker));
  const appendMilliseconds = Date.now() - started;
  const catchingUp = Date.now();
  await runner.catchUp();
  return { ...tally, refusals: register.refusals, appendMilliseconds, catchUpMilliseconds: Date.now() - catchingUp };
}

/** A subject's stream before their first order, then each order's whole history as one append (0: a new stream). */
async function appendSubject(store: EventStore, history: SubjectHistory, seed: number): Promise<void> {
  let subjectVersion = 0;
  for (const [index, order] of history.orders.entries()) {
    const subjectEvents = history.subjectEventsBefore[index];
    try {
      if (subjectEvents) {
        await store.append(subjectStreamId(history.subjectId), toNewEvents(subjectEvents, `seed-${seed}-${history.subjectId}`), subjectVersion);
        subjectVersion += subjectEvents.length;
      }
      await store.append(orderStreamId(order.orderId), toNewEvents(order.events, `seed-${seed}-${order.orderId}`), 0);
    } catch (error) {
      if (error instanceof WrongExpectedVersion) {
        throw new ConfigError(`The log already holds the orders of seed ${seed} (stream ${error.streamId} exists): seed again with another --seed, or an empty store.`);
      }
      throw error;
    }
  }
}

const ENDED = new Set(['OrderExpired', 'OrderDischarged', 'OrderSuperseded', 'MainApplicationDetermined']);

function count(tally: SeedTally, history: SubjectHistory): void {
  tally.subjects++;
  for (const decided of history.subjectEventsBefore.flat()) {
    if (!decided) continue;
    tally.events++;
    tally.byType[decided.event.type] = (tally.byType[decided.event.type] ?? 0) + 1;
    const data = decided.event.data as { aliases?: unknown[] };
    tally.aliases += data.aliases?.length ?? 0;
  }
  for (const order of history.orders) {
    tally.orders++;
    let ended = false;
    for (const decided of order.events) {
      const { type, data } = decided.event;
      tally.events++;
      tally.byType[type] = (tally.byType[type] ?? 0) + 1;
      if (type === 'BreachRecorded') tally.breaches++;
      if (ENDED.has(type) || (type === 'AppealDetermined' && (data as { outcome: string }).outcome === 'quashed')) ended = true;
    }
    if (ended) tally.endedOrders++;
  }
}
