import { type IsoDate, type LegalConfig, subjectStreamId, orderStreamId } from '#domain';
import { type EventStore, type ProjectionRunner, type StreamAppend, WrongExpectedVersion } from '#event-store';
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
  /** Calls of `appendEach` in flight at once. */
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
  // Subjects' histories go to the log a few dozen at a time: one round trip for many small streams.
  const nextAppends = (): StreamAppend[] => {
    const appends: StreamAppend[] = [];
    while (remaining > 0 && appends.length < APPENDS_PER_CALL) {
      const history = register.nextSubject(remaining);
      if (history.orders.length === 0) continue;
      remaining -= history.orders.length;
      count(tally, history);
      appends.push(...appendsOf(history, options.seed));
    }
    return appends;
  };
  const worker = async () => {
    for (let appends = nextAppends(); appends.length > 0; appends = nextAppends()) await appendEach(store, appends, options.seed);
  };
  let appending = true;
  // The projections follow the log as it fills, side by side (the projector's own loop steps one
  // after another, for two instances' sake; a seed is one process).
  const following = (async () => {
    while (appending) if ((await runner.catchUp()) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  })();
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker)).finally(() => (appending = false));
  const appendMilliseconds = Date.now() - started;
  const catchingUp = Date.now();
  await following;
  await runner.catchUp();
  return { ...tally, refusals: register.refusals, appendMilliseconds, catchUpMilliseconds: Date.now() - catchingUp };
}

const APPENDS_PER_CALL = 16;

/** A subject's stream before their first order, then each order's whole history as one append (0: a new stream). */
function appendsOf(history: SubjectHistory, seed: number): StreamAppend[] {
  const appends: StreamAppend[] = [];
  let subjectVersion = 0;
  for (const [index, order] of history.orders.entries()) {
    const subjectEvents = history.subjectEventsBefore[index];
    if (subjectEvents) {
      appends.push({ streamId: subjectStreamId(history.subjectId), events: toNewEvents(subjectEvents, `seed-${seed}-${history.subjectId}`), expected: subjectVersion });
      subjectVersion += subjectEvents.length;
    }
    appends.push({ streamId: orderStreamId(order.orderId), events: toNewEvents(order.events, `seed-${seed}-${order.orderId}`), expected: 0 });
  }
  return appends;
}

async function appendEach(store: EventStore, appends: StreamAppend[], seed: number): Promise<void> {
  try {
    await store.appendEach(appends);
  } catch (error) {
    if (error instanceof WrongExpectedVersion) {
      throw new ConfigError(`The log already holds the orders of seed ${seed} (stream ${error.streamId} exists): seed again with another --seed, or an empty store.`);
    }
    throw error;
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
