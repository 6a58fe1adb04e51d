import { rowsAffected } from '#platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventStore, RecordedEvent } from '../event-store.port.js';
import { describeOutage } from '../outage.js';
import type { Projection, Reactor } from './projection.js';
import { REACTOR_PREFIX, storedCheckpoints } from './stored-checkpoints.js';

export interface RunnerOptions {
  batchSize: number;
  /** Polling fallback when no in-process wake-up arrives (another instance wrote). */
  pollMs: number;
  /** Told of a failing projection; gets no event data, which may name a person. */
  onError(projection: string, eventId: string, error: unknown): void;
  /**
   * Told once when the log or the database goes out of reach (`what`: describeOutage's words), and
   * once when the runner reads again. Meanwhile it keeps trying every `pollMs`, quietly.
   */
  onOutage?(what: string | null): void;
}

interface Lane {
  projection: Projection;
  checkpoint: string | null;
  position: number;
  failing: boolean;
  /** One step at a time per projection, whether from the loop or from catchUp. */
  busy: Promise<unknown>;
}

/** Batches kept for the lanes behind: a lane or two apart at most, in a seed; the reactors follow the projections. */
const MOST_BATCHES_KEPT = 8;

export class CheckpointMoved extends Error {
  constructor(projection: string) {
    super(`the checkpoint of ${projection} was moved by another runner`);
  }
}

/**
 * Feeds each projection from the log, from its own checkpoint, in the log's global order.
 * Never the in-process EventBus: that one forgets what it could not deliver.
 */
export class ProjectionRunner {
  private readonly lanes: Lane[];
  private running = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly waiters = new Set<() => void>();

  private readonly reactorLanes: Lane[];
  private outage: string | null = null;
  /** Batches read from the log, by the checkpoint they follow (see batchFrom). */
  private readonly batches = new Map<string, Promise<RecordedEvent[]>>();

  constructor(
    private readonly store: EventStore,
    private readonly db: DataSource,
    projections: Projection[],
    private readonly options: RunnerOptions,
    reactors: Reactor[] = [],
  ) {
    const lane = (projection: Projection): Lane => ({ projection, checkpoint: null, position: 0, failing: false, busy: Promise.resolve() });
    this.lanes = projections.map(lane);
    // A reactor rides a lane like a projection's, but applies outside a transaction (see stepReactor).
    this.reactorLanes = reactors.map((reactor) =>
      lane({
        name: `${REACTOR_PREFIX}${reactor.name}`,
        apply: (event) => reactor.react(event),
        ...(reactor.reactToBatch ? { applyBatch: (events: readonly RecordedEvent[]) => (reactor.reactToBatch as NonNullable<Reactor['reactToBatch']>)(events) } : {}),
      }),
    );
  }

  async start(): Promise<void> {
    await this.loadCheckpoints();
    this.running = true;
    this.unsubscribe = this.store.onAppended(() => this.wake?.());
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
  }

  /** Applies everything in the log now; returns how many events were applied. */
  async catchUp(): Promise<number> {
    // Events committed before now may not be readable yet (an older transaction elsewhere is still
    // open): wait, within a bound, until the projections cover the newest commit.
    const head = await this.store.headPosition();
    const deadline = Date.now() + 10_000;
    let applied = await this.catchUpVisible();
    while (head !== null && !(await this.covers(head)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      applied += await this.catchUpVisible();
    }
    return applied;
  }

  private async catchUpVisible(): Promise<number> {
    let applied = 0;
    // Reactors may append events (new commands), which the projections must then apply: go round until quiet.
    for (let round = 0; round < 10; round++) {
      let thisRound = 0;
      for (let stepped = await this.stepTogether(); stepped > 0; stepped = await this.stepTogether()) thisRound += stepped;
      applied += thisRound;
      if (thisRound === 0) break;
    }
    return applied;
  }

  /**
   * One batch for every lane: the projections write tables of their own, so each steps on its own
   * connection, side by side; then the reactors, over what the projections have just applied. In
   * step, every lane reads the same batch of the log, read once (batchFrom); returns how many events
   * the lanes applied.
   */
  private async stepTogether(): Promise<number> {
    let stepped = (await Promise.all(this.lanes.map((lane) => this.step(lane)))).reduce((sum, count) => sum + count, 0);
    for (const lane of this.reactorLanes) stepped += await this.step(lane);
    return stepped;
  }

  /** Resolves true once every projection has applied the event at `position`, false on timeout. */
  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.covers(position)) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(remaining, 250));
        this.waiters.add(done);
      });
    }
  }

  status(): { projection: string; checkpoint: string | null; position: number; failing: boolean }[] {
    return [...this.lanes, ...this.reactorLanes].map((lane) => ({
      projection: lane.projection.name,
      checkpoint: lane.checkpoint,
      position: lane.position,
      failing: lane.failing,
    }));
  }

  private async covers(position: number): Promise<boolean> {
    for (const lane of this.lanes) {
      if (!(await this.store.isCovered(position, lane.checkpoint))) return false;
    }
    return true;
  }

  private async run(): Promise<void> {
    while (this.running) {
      // One lane after another: stepped side by side, the leader of two instances sometimes left a
      // write unapplied for seconds under load (test/faults/two-projectors, cause not found).
      const outcomes: Awaited<ReturnType<ProjectionRunner['stepInRound']>>[] = [];
      for (const lane of [...this.lanes, ...this.reactorLanes]) {
        const outcome = await this.stepInRound(lane);
        outcomes.push(outcome);
        if (typeof outcome === 'object') break;
      }
      const outage = outcomes.find((outcome) => typeof outcome === 'object');
      // Every lane would fail alike: the loop waits for its next round rather than try the rest.
      if (outage) this.outOfReach(outage.outOfReach);
      else if (outcomes.some((outcome) => outcome !== 'failed')) this.reachedAgain();
      const progressed = outcomes.includes('progressed');
      if (!progressed && this.running) await this.sleep(this.options.pollMs);
    }
  }

  /** One step of a lane in the loop: a failure is told, or the outage returned, never thrown. */
  private async stepInRound(lane: Lane): Promise<'progressed' | 'idle' | 'failed' | { outOfReach: string }> {
    try {
      const count = await this.step(lane);
      lane.failing = false;
      return count > 0 ? 'progressed' : 'idle';
    } catch (error) {
      lane.failing = true;
      const outage = describeOutage(error);
      if (outage) return { outOfReach: outage };
      if (error instanceof CheckpointMoved) await this.reloadCheckpoints();
      else this.options.onError(lane.projection.name, lane.checkpoint ?? 'start', error);
      return 'failed';
    }
  }

  private outOfReach(what: string): void {
    if (this.outage !== null) return;
    this.outage = what;
    this.options.onOutage?.(what);
  }

  private reachedAgain(): void {
    if (this.outage === null) return;
    this.outage = null;
    this.options.onOutage?.(null);
  }

  /** After another runner moved a checkpoint; the database may have gone meanwhile, which the next round reports. */
  private async reloadCheckpoints(): Promise<void> {
    await this.loadCheckpoints().catch(() => undefined);
  }

  private step(lane: Lane): Promise<number> {
    const reactor = this.reactorLanes.includes(lane);
    const next = lane.busy.then(async () => {
      const batch = await this.batchFrom(lane.checkpoint);
      if (!reactor) {
        if (batch.length > 0) await this.applyBatch(lane, batch);
        return batch.length;
      }
      return this.react(lane, batch);
    });
    lane.busy = next.catch(() => undefined);
    return next;
  }

  /**
   * The lanes read the same log from the same checkpoints: a batch is read once for all of them
   * (each lane parsed every event again, a third of a national seed's reading). Any batch is a
   * true reading of the log after its checkpoint, so one read earlier serves a lane that comes
   * later: it moves to the same checkpoint as the others did and the lanes stay in step, even
   * where the log was read short of a full batch. Only an empty batch is not kept (shared while its
   * read is in flight): a lane that read nothing asks again from the same checkpoint.
   */
  private batchFrom(checkpoint: string | null): Promise<RecordedEvent[]> {
    const key = checkpoint ?? '';
    const shared = this.batches.get(key);
    if (shared) return shared;
    const read = this.store.readAll(checkpoint, this.options.batchSize);
    this.batches.set(key, read);
    read.then(
      (batch) => {
        if (batch.length === 0) this.batches.delete(key);
      },
      () => this.batches.delete(key),
    );
    // The oldest first: a Map keeps insertion order.
    for (const oldest of this.batches.keys()) {
      if (this.batches.size <= MOST_BATCHES_KEPT) break;
      this.batches.delete(oldest);
    }
    return read;
  }

  private async applyBatch(lane: Lane, batch: RecordedEvent[]): Promise<void> {
    const last = batch[batch.length - 1];
    await this.db.transaction(async (tx) => {
      const { projection } = lane;
      if (projection.applyBatch) {
        try {
          await projection.applyBatch(batch, tx);
        } catch (error) {
          if (!describeOutage(error)) this.options.onError(projection.name, `${batch[0]?.eventId}..${last.eventId}`, error);
          throw error;
        }
      } else {
        for (const event of batch) {
          try {
            await projection.apply(event, tx);
          } catch (error) {
            if (!describeOutage(error)) this.options.onError(projection.name, event.eventId, error);
            throw error;
          }
        }
      }
      await this.moveCheckpoint(tx, lane, last, batch.length);
    });
    lane.checkpoint = last.checkpoint;
    lane.position = last.position;
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Compare-and-set: a second runner that read the same batch cannot apply it again. */
  private async moveCheckpoint(tx: EntityManager, lane: Lane, last: RecordedEvent, count: number): Promise<void> {
    const moved: unknown[] =
      lane.checkpoint === null
        ? await tx.query(
            `INSERT INTO projection_checkpoints (projection, checkpoint, position, events_applied)
             VALUES ($1, $2, $3, $4) ON CONFLICT (projection) DO NOTHING RETURNING projection`,
            [lane.projection.name, last.checkpoint, last.position, count],
          )
        : await tx.query(
            `UPDATE projection_checkpoints
                SET checkpoint = $2, position = $3, events_applied = events_applied + $4, updated_at = now()
              WHERE projection = $1 AND checkpoint = $5
             RETURNING projection`,
            [lane.projection.name, last.checkpoint, last.position, count, lane.checkpoint],
          );
    if (rowsAffected(moved) === 0) throw new CheckpointMoved(lane.projection.name);
  }

  /**
   * Only events every projection has applied, in log order. The checkpoint moves once for what was
   * reacted to: after a crash a reactor may see those events again, which it must bear anyway.
   */
  private async react(lane: Lane, batch: RecordedEvent[]): Promise<number> {
    const covered = await this.coveredPrefix(batch);
    if (covered === 0) return 0;
    const events = batch.slice(0, covered);
    const reached = events[covered - 1] as RecordedEvent;
    if (lane.projection.applyBatch) await lane.projection.applyBatch(events, this.db.manager);
    else for (const event of events) await lane.projection.apply(event, this.db.manager);
    await this.db.transaction((tx) => this.moveCheckpoint(tx, lane, reached, covered));
    lane.checkpoint = reached.checkpoint;
    lane.position = reached.position;
    return covered;
  }

  /** How many of the batch's first events every projection has applied: coverage grows in log order, so a binary search finds it. */
  private async coveredPrefix(batch: RecordedEvent[]): Promise<number> {
    if (batch.length === 0 || (await this.coveredByProjections(batch[batch.length - 1] as RecordedEvent))) return batch.length;
    let low = 0;
    let high = batch.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (await this.coveredByProjections(batch[middle - 1] as RecordedEvent)) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private async coveredByProjections(event: RecordedEvent): Promise<boolean> {
    for (const projection of this.lanes) {
      if (!(await this.store.isCovered(event.position, projection.checkpoint))) return false;
    }
    return true;
  }

  private async loadCheckpoints(): Promise<void> {
    const stored = await storedCheckpoints(this.db);
    for (const lane of [...this.lanes, ...this.reactorLanes]) {
      const row = stored.find((candidate) => candidate.name === lane.projection.name);
      lane.checkpoint = row?.checkpoint ?? null;
      lane.position = row?.position ?? 0;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

