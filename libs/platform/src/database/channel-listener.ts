import pg from 'pg';
import type { DataSource } from 'typeorm';
import { Backoff } from './backoff.js';
import { PgliteLeasePool } from './pglite-lease-pool.js';

/** What a listener on one channel is told. */
export interface ChannelHandlers {
  /** A NOTIFY on the channel committed, from this process or another on the same database. */
  notified(payload: string): void;
  /**
   * The listener is (again) listening. Anything notified while it was not is lost, so a reader that
   * only wakes on notifications should look once now.
   */
  listening?(): void;
  /** The LISTEN connection failed or dropped; it is being made again. Never carries notified data. */
  trouble?(message: string): void;
}

export interface ChannelListener {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Listens on a PostgreSQL channel of STOR's database, embedded or server. On a server it holds a
 * connection of its own (a pooled one would be handed to a query with the LISTEN still on it), made
 * again with backoff when it drops; embedded PGlite is one process, and its notifications arrive
 * in it at each commit.
 */
export function channelListener(db: DataSource, channel: string, handlers: ChannelHandlers): ChannelListener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  const pool = (db.driver as unknown as { master?: unknown }).master;
  if (pool instanceof PgliteLeasePool) return new EmbeddedChannelListener(pool, channel, handlers);
  const url = (db.options as { url?: string }).url;
  if (!url) throw new Error('a server database is opened by URL; there is none to LISTEN on');
  return new PostgresChannelListener(url, channel, handlers);
}

/** LISTEN on a connection of its own to a PostgreSQL server. */
export class PostgresChannelListener implements ChannelListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private readonly retry = new Backoff(250, 30_000);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly handlers: ChannelHandlers,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.handlers.notified(message.payload ?? '');
    });
    client.on('error', () => this.reconnectLater('the LISTEN connection failed'));
    client.on('end', () => this.reconnectLater('the LISTEN connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.retry.reset();
      this.handlers.listening?.();
    } catch {
      await client.end().catch(() => undefined);
      this.reconnectLater('could not LISTEN');
    }
  }

  private reconnectLater(why: string): void {
    if (this.stopped || this.timer) return;
    const delay = this.retry.next();
    this.handlers.trouble?.(`${why} on ${this.channel}; polling until it is back (retry in ${delay} ms)`);
    this.client = null;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref();
  }
}

/** LISTEN on the embedded database's one session, run between other leases so no transaction holds it. */
class EmbeddedChannelListener implements ChannelListener {
  private unlisten: (() => Promise<void>) | null = null;

  constructor(
    private readonly pool: PgliteLeasePool,
    private readonly channel: string,
    private readonly handlers: ChannelHandlers,
  ) {}

  async start(): Promise<void> {
    if (this.unlisten) return;
    this.unlisten = await this.pool.listen(this.channel, (payload) => this.handlers.notified(payload));
    this.handlers.listening?.();
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    await unlisten?.().catch(() => undefined);
  }
}
