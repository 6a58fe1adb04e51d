import type { ServerResponse } from 'node:http';
import { Injectable, Logger, type OnModuleDestroy, ServiceUnavailableException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { type AlertFilter, alertMatches, type AlertPage, AlertsRaisedSinceQuery, GetAlertsQuery, type InboxAlert, includesForce, RaisedAlerts } from '#alerts';
import { afterPoll, pollFrom, type PollState } from './force-poll.js';
import { commentFrame, eventFrame, retryFrame } from './sse-frames.js';

/** The bounds of live alert streams in one process. Tests lower `mostStreams` to reach it. */
export interface AlertStreamLimits {
  /** Streams open at once in this process; one more is a 503. */
  mostStreams: number;
  /** How often a force's inbox is read when no notification has woken it: the fallback, should one be lost. */
  pollMs: number;
  heartbeatMs: number;
  /** Missed alerts one reconnection replays; older ones are left to the inbox list. */
  mostReplayed: number;
  /** What a slow reader may leave unread before its stream is closed (it resumes with Last-Event-ID). */
  mostUnreadBytes: number;
}

const DEFAULT_LIMITS: AlertStreamLimits = { mostStreams: 200, pollMs: 2_000, heartbeatMs: 15_000, mostReplayed: 1000, mostUnreadBytes: 256 * 1024 };
const REPLAY_CHUNK = 100;
/** More than any poll can find: the inbox holds one alert per force and log position, and a poll reads OVERLAP positions back. */
const POLL_BATCH = 500;

export interface AlertStreamRequest {
  force: string;
  /** Resume after this alert id (log position); null: only alerts raised from now. */
  after: number | null;
  /** Only alerts this filter shows (a filtered page); the API sends every alert. */
  filter: AlertFilter;
  /** What each event's data holds. */
  shape: (alert: InboxAlert) => unknown;
}

/**
 * Server-Sent Events of a force's new alerts, for the API and the inbox page alike. One poller per
 * force reads the inbox table for all its streams, so a stream costs no query of its own, and any
 * instance on the same database sees every alert (decision 0025). A poller reads when the projector
 * that raised alerts for its force notifies (LISTEN/NOTIFY, whichever instance it runs in), and
 * every `pollMs` besides (decision 0028).
 */
@Injectable()
export class AlertStreams implements OnModuleDestroy {
  readonly limits: AlertStreamLimits = { ...DEFAULT_LIMITS };
  private readonly logger = new Logger('alert-streams');
  private readonly pollers = new Map<string, ForcePoller>();
  private open = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly queries: QueryBus,
    raised: RaisedAlerts,
  ) {
    this.unsubscribe = raised.subscribe((forces) => {
      for (const poller of this.pollers.values()) if (includesForce(forces, poller.force)) poller.wake();
    });
  }

  get openStreams(): number {
    return this.open;
  }

  /** Refuses (503) beyond the bound before anything is sent; otherwise takes the reply over and streams until the client leaves. */
  async serve(reply: FastifyReply, request: AlertStreamRequest): Promise<void> {
    if (this.open >= this.limits.mostStreams) {
      throw new ServiceUnavailableException(`STOR is serving as many alert streams as it can (${this.limits.mostStreams}). Try again shortly, or read the inbox list.`);
    }
    this.open += 1;
    const poller = this.pollerFor(request.force);
    const connection = new Connection(reply.raw, request, this.limits);
    // Joined before the poller is ready, so no one leaving meanwhile stops it under this stream.
    poller.connections.add(connection);
    try {
      await poller.ready;
    } catch (error) {
      this.open -= 1;
      this.leave(poller, connection);
      throw error;
    }
    reply.hijack();
    connection.start(() => {
      this.open -= 1;
      this.leave(poller, connection);
    });
    if (request.after !== null) await this.replay(connection, request.force, request.after);
    connection.goLive();
  }

  onModuleDestroy(): void {
    this.unsubscribe();
    for (const poller of this.pollers.values()) {
      poller.stop();
      for (const connection of poller.connections) connection.close();
    }
    this.pollers.clear();
  }

  private async replay(connection: Connection, force: string, after: number): Promise<void> {
    let from = after;
    let replayed = 0;
    try {
      while (!connection.closed && replayed < this.limits.mostReplayed) {
        const chunk = Math.min(REPLAY_CHUNK, this.limits.mostReplayed - replayed);
        const missed = await this.queries.execute<AlertsRaisedSinceQuery, InboxAlert[]>(new AlertsRaisedSinceQuery(force, from, chunk));
        for (const alert of missed) connection.replayed(alert);
        replayed += missed.length;
        if (missed.length < chunk) return;
        from = missed[missed.length - 1].position;
      }
      if (!connection.closed) connection.comment('more alerts were missed than a stream replays: read the inbox list for the older ones');
    } catch (error) {
      this.logger.warn(`could not replay missed alerts (${kindOf(error)}); closing the stream for the client to resume`);
      connection.close();
    }
  }

  private pollerFor(force: string): ForcePoller {
    let poller = this.pollers.get(force);
    if (!poller) {
      poller = new ForcePoller(force, this.queries, this.limits.pollMs, this.logger);
      this.pollers.set(force, poller);
      poller.ready.catch(() => this.pollers.get(force) === poller && this.pollers.delete(force));
    }
    return poller;
  }

  private leave(poller: ForcePoller, connection: Connection): void {
    poller.connections.delete(connection);
    if (poller.connections.size === 0 && this.pollers.get(poller.force) === poller) {
      poller.stop();
      this.pollers.delete(poller.force);
    }
  }
}

/** Reads one force's inbox when woken, and every pollMs, and hands what is new to each of its streams. */
class ForcePoller {
  readonly connections = new Set<Connection>();
  readonly ready: Promise<void>;
  private state: PollState = { cursor: 0, seen: new Map() };
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  /** Woken while a read was under way: that read may have started before the commit, so read again. */
  private wokenMeanwhile = false;
  private stopped = false;

  constructor(
    readonly force: string,
    private readonly queries: QueryBus,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {
    this.ready = this.begin();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  private async begin(): Promise<void> {
    // From the newest alert now: what was raised before is the inbox list's (or a replay's) to show.
    const newest = await this.queries.execute<GetAlertsQuery, AlertPage>(new GetAlertsQuery(this.force, 1));
    const cursor = newest.alerts[0]?.position ?? 0;
    this.state = afterPoll({ cursor, seen: new Map() }, await this.read({ cursor, seen: new Map() })).state;
    if (this.stopped) return;
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  /** New alerts for this force have committed. */
  wake(): void {
    if (this.timer === null || this.stopped) return;
    if (this.polling) this.wokenMeanwhile = true;
    else void this.poll();
  }

  private read(state: PollState): Promise<InboxAlert[]> {
    return this.queries.execute<AlertsRaisedSinceQuery, InboxAlert[]>(new AlertsRaisedSinceQuery(this.force, pollFrom(state), POLL_BATCH));
  }

  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      const { state, fresh } = afterPoll(this.state, await this.read(this.state));
      this.state = state;
      for (const connection of this.connections) for (const alert of fresh) connection.deliver(alert);
    } catch (error) {
      // Says nothing of the alerts themselves: the class of error only (decision 0003).
      this.logger.warn(`could not poll an alerts inbox (${kindOf(error)}); trying again`);
    } finally {
      this.polling = false;
    }
    if (this.wokenMeanwhile && !this.stopped) {
      this.wokenMeanwhile = false;
      await this.poll();
    }
  }
}

/** One client's stream: replayed alerts first, then live ones, each once; heartbeats; closed when it leaves or falls behind. */
class Connection {
  closed = false;
  private live = false;
  private readonly waiting: InboxAlert[] = [];
  private readonly replayedIds = new Set<string>();
  private heartbeat: NodeJS.Timeout | null = null;
  private onClose: () => void = () => undefined;

  constructor(
    private readonly raw: ServerResponse,
    private readonly request: AlertStreamRequest,
    private readonly limits: AlertStreamLimits,
  ) {}

  start(onClose: () => void): void {
    this.onClose = onClose;
    this.raw.on('close', () => this.close());
    this.raw.on('error', () => this.close());
    // A client gone while the stream was being set up has already closed: its 'close' will not come again.
    if (this.raw.destroyed || !this.raw.socket || this.raw.socket.destroyed) return this.close();
    this.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    this.write(retryFrame(3000));
    this.heartbeat = setInterval(() => this.comment('heartbeat'), this.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  replayed(alert: InboxAlert): void {
    this.replayedIds.add(alert.alertId);
    this.send(alert);
  }

  /** A live alert from the poller: held back while the replay runs, then sent unless the replay sent it. */
  deliver(alert: InboxAlert): void {
    if (this.closed || this.replayedIds.has(alert.alertId)) return;
    if (this.live) return this.send(alert);
    this.waiting.push(alert);
    if (this.waiting.length > this.limits.mostReplayed) this.close();
  }

  goLive(): void {
    if (this.closed) return;
    this.live = true;
    for (const alert of this.waiting.splice(0)) if (!this.replayedIds.has(alert.alertId)) this.send(alert);
  }

  comment(text: string): void {
    this.write(commentFrame(text));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (!this.raw.writableEnded) this.raw.end();
    this.onClose();
  }

  private send(alert: InboxAlert): void {
    if (!alertMatches(this.request.filter, alert)) return;
    this.write(eventFrame(alert.position, 'alert', this.request.shape(alert)));
  }

  private write(frame: string): void {
    if (this.closed) return;
    this.raw.write(frame);
    if (this.raw.writableLength > this.limits.mostUnreadBytes) this.close();
  }
}

function kindOf(error: unknown): string {
  return error instanceof Error ? error.constructor.name : 'error';
}
