import { randomUUID } from 'node:crypto';
import { type AllStreamRecordedEvent, type AllStreamResolvedEvent, END, type Position, START, type SubscribeToAllOptions } from '@kurrent/kurrentdb-client';
import { ManualScheduler, settle } from '../testing/manual-scheduler.js';
import { KurrentAllSubscription, type KurrentAllSubscriptionOptions } from './kurrent-all-subscription.js';
import { FakeLiveSubscription } from './testing/fake-live-subscription.js';

const position = (at: number): Position => ({ commit: BigInt(at), prepare: BigInt(at) });

const resolved = (at: number, type = 'Happened'): AllStreamResolvedEvent => ({
  event: {
    streamId: 'order-a',
    id: randomUUID(),
    type,
    revision: 0n,
    isJson: true,
    data: {},
    metadata: {},
    created: new Date(),
    position: position(at),
  } as AllStreamRecordedEvent,
  commitPosition: BigInt(at),
});

function harness(overrides: Partial<KurrentAllSubscriptionOptions> = {}) {
  const scheduler = new ManualScheduler();
  const subscriptions: FakeLiveSubscription[] = [];
  const handled: number[] = [];
  const errors: { error: unknown; retryInMs: number }[] = [];
  let stale = 0;
  let subscribed = 0;
  const source = (options: SubscribeToAllOptions) => {
    const subscription = new FakeLiveSubscription(options);
    subscriptions.push(subscription);
    return subscription;
  };
  const subscription = new KurrentAllSubscription(source, {
    from: END,
    streamNameRegex: '^(?!\\$)',
    handle: (event) => {
      handled.push(Number(event.position.prepare));
    },
    onSubscribed: () => subscribed++,
    onError: (error, retryInMs) => errors.push({ error, retryInMs }),
    onStale: () => stale++,
    staleAfterMs: 10_000,
    scheduler,
    ...overrides,
  });
  return {
    scheduler,
    subscriptions,
    handled,
    errors,
    subscription,
    latest: () => subscriptions[subscriptions.length - 1],
    stale: () => stale,
    subscribed: () => subscribed,
  };
}

describe('KurrentAllSubscription', () => {
  test('subscribes to $all with a server-side stream-name filter and hands on each event in order', async () => {
    const h = harness({ from: position(100), checkpointInterval: 3 });
    h.subscription.start();
    const options = h.latest().options;
    expect(options.fromPosition).toEqual(position(100));
    expect(options.filter).toMatchObject({ filterOn: 'streamName', regex: '^(?!\\$)', checkpointInterval: 3 });
    expect(typeof options.filter?.checkpointReached).toBe('function');
    for (const at of [110, 120, 130]) await h.latest().send(resolved(at));
    await h.latest().send({ commitPosition: 135n }); // an unresolved link: nothing to hand on
    await settle();
    expect(h.handled).toEqual([110, 120, 130]);
    expect(h.subscription.status()).toMatchObject({ running: true, checkpoint: '130:130', subscriptions: 1 });
    expect(h.subscribed()).toBe(1);
    await h.subscription.stop();
  });

  test("records the server's checkpoints, so a resubscription starts past filtered-out stretches", async () => {
    const h = harness();
    h.subscription.start();
    expect(h.latest().options.fromPosition).toBe(END);
    await h.latest().checkpoint(position(5_000));
    await settle();
    expect(h.subscription.status().checkpoint).toBe('5000:5000');
    h.latest().end(new Error('connection reset'));
    await settle();
    await h.scheduler.advance(250);
    expect(h.subscriptions).toHaveLength(2);
    expect(h.latest().options.fromPosition).toEqual(position(5_000));
    await h.subscription.stop();
  });

  test('a checkpoint counts only once the events sent before it are handled', async () => {
    let release = () => {};
    const h = harness({
      handle: (event) => {
        if (event.position.prepare === 10n) return new Promise<void>((resolve) => (release = resolve));
      },
    });
    h.subscription.start();
    void h.latest().send(resolved(10));
    void h.latest().send(resolved(20));
    const checkpointed = h.latest().checkpoint(position(30));
    await settle();
    // 10 is in the handler, 20 waits in the buffer: resuming from 30 now would lose 20.
    expect(h.subscription.status().checkpoint).toBeNull();
    release();
    await checkpointed;
    await settle();
    expect(h.subscription.status().checkpoint).toBe('30:30');
    await h.subscription.stop();
  });

  test('resubscribes after an error from the last handled event, with exponential backoff capped at 30 s', async () => {
    const h = harness({ from: START });
    h.subscription.start();
    await h.latest().send(resolved(10));
    await settle();
    const delays: number[] = [];
    for (let failure = 0; failure < 10; failure++) {
      h.latest().end(new Error(`drop ${failure}`));
      await settle();
      delays.push(h.scheduler.pending()[0]);
      await h.scheduler.advance(h.scheduler.pending()[0]);
      expect(h.latest().options.fromPosition).toEqual(position(10));
    }
    expect(delays).toEqual([250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(h.errors.map((e) => e.retryInMs)).toEqual(delays);
    expect(h.subscriptions).toHaveLength(11);
    expect(h.subscriptions.slice(0, 10).every((s) => s.unsubscribed)).toBe(true);
    await h.subscription.stop();
  });

  test('the backoff starts over once the server is heard from again', async () => {
    const h = harness();
    h.subscription.start();
    for (let i = 0; i < 3; i++) {
      h.latest().end(new Error('drop'));
      await settle();
      await h.scheduler.advance(h.scheduler.pending()[0]);
    }
    expect(h.subscription.status().consecutiveFailures).toBe(3);
    h.latest().emit('confirmation');
    expect(h.subscription.status().consecutiveFailures).toBe(0);
    h.latest().end(new Error('drop'));
    await settle();
    expect(h.errors.at(-1)?.retryInMs).toBe(250);
    await h.subscription.stop();
  });

  test('a subscription that simply ends is resubscribed too', async () => {
    const h = harness();
    h.subscription.start();
    await h.latest().send(resolved(10));
    h.latest().end();
    await settle();
    expect(String(h.errors[0].error)).toMatch(/ended/);
    await h.scheduler.advance(250);
    expect(h.subscriptions).toHaveLength(2);
    expect(h.latest().options.fromPosition).toEqual(position(10));
    await h.subscription.stop();
  });

  test('events at or before the resume point are not handed on again', async () => {
    const h = harness({ from: position(10) });
    h.subscription.start();
    await h.latest().send(resolved(5));
    await h.latest().send(resolved(10));
    await h.latest().send(resolved(20));
    await settle();
    h.latest().end(new Error('drop'));
    await settle();
    await h.scheduler.advance(250);
    await h.latest().send(resolved(20));
    await h.latest().send(resolved(30));
    await settle();
    expect(h.handled).toEqual([20, 30]);
    await h.subscription.stop();
  });

  test('a failing handler ends the attempt; the event comes again on the next subscription', async () => {
    let fail = true;
    const handled: number[] = [];
    const h = harness({
      handle: (event) => {
        if (fail) {
          fail = false;
          throw new Error('handler broke');
        }
        handled.push(Number(event.position.prepare));
      },
    });
    h.subscription.start();
    await h.latest().send(resolved(10));
    await settle();
    expect(String(h.errors[0].error)).toMatch(/handler broke/);
    await h.scheduler.advance(250);
    await h.latest().send(resolved(10));
    await settle();
    expect(handled).toEqual([10]);
    await h.subscription.stop();
  });

  test('the watchdog resubscribes at once when nothing has arrived for staleAfterMs', async () => {
    const h = harness({ staleAfterMs: 10_000 });
    h.subscription.start();
    await h.latest().send(resolved(10));
    await settle();
    await h.scheduler.advance(9_999);
    expect(h.subscriptions).toHaveLength(1);
    await h.scheduler.advance(1);
    expect(h.stale()).toBe(1);
    expect(h.subscriptions).toHaveLength(2);
    expect(h.subscriptions[0].unsubscribed).toBe(true);
    expect(h.latest().options.fromPosition).toEqual(position(10));
    expect(h.subscribed()).toBe(2);
    await h.subscription.stop();
  });

  test('events, checkpoints and caught-up notices all keep the watchdog quiet', async () => {
    const h = harness({ staleAfterMs: 10_000 });
    h.subscription.start();
    for (const poke of [
      () => h.latest().send(resolved(10)),
      () => h.latest().checkpoint(position(20)),
      async () => h.latest().emit('caughtUp'),
    ]) {
      await h.scheduler.advance(8_000);
      await poke();
      await settle();
    }
    await h.scheduler.advance(8_000);
    expect(h.stale()).toBe(0);
    expect(h.subscriptions).toHaveLength(1);
    await h.subscription.stop();
  });

  test('a slow handler is not mistaken for a silent server', async () => {
    let release = () => {};
    const h = harness({ staleAfterMs: 10_000, handle: () => new Promise<void>((resolve) => (release = resolve)) });
    h.subscription.start();
    await h.latest().send(resolved(10));
    await settle();
    await h.scheduler.advance(25_000);
    expect(h.stale()).toBe(0);
    release();
    await settle();
    await h.scheduler.advance(10_000);
    expect(h.stale()).toBe(1);
    await h.subscription.stop();
  });

  test('a source that throws at once is retried with backoff like any failure', async () => {
    let calls = 0;
    const scheduler = new ManualScheduler();
    const subscription = new KurrentAllSubscription(
      (options) => {
        calls++;
        if (calls < 3) throw new Error('unavailable');
        return new FakeLiveSubscription(options);
      },
      { from: END, streamNameRegex: '.', handle: () => undefined, scheduler },
    );
    subscription.start();
    expect(scheduler.pending()).toEqual([250]);
    await scheduler.advance(250);
    expect(scheduler.pending()).toEqual([500]);
    await scheduler.advance(500);
    expect(calls).toBe(3);
    await subscription.stop();
  });

  test('stop unsubscribes, cancels the pending retry and the watchdog, and nothing resubscribes', async () => {
    const h = harness();
    h.subscription.start();
    h.latest().end(new Error('drop'));
    await settle();
    expect(h.scheduler.pending()).toEqual([250]);
    await h.subscription.stop();
    expect(h.scheduler.pending()).toEqual([]);
    await h.scheduler.advance(60_000);
    expect(h.subscriptions).toHaveLength(1);

    const running = harness();
    running.subscription.start();
    await running.subscription.stop();
    expect(running.latest().unsubscribed).toBe(true);
    expect(running.scheduler.pending()).toEqual([]);
    expect(running.subscription.status().running).toBe(false);
  });
});
