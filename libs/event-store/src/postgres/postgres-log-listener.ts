import pg from 'pg';
import type { EventStore } from '../event-store.port.js';
import { Backoff } from '../backoff.js';

export const LOG_CHANNEL = 'stor_log';

/**
 * Wakes this process's subscribers when any process appends to the log: every process that appends
 * sends a NOTIFY after its commits (PostgresLogNotifier), and this holds a LISTEN on its own connection. Polling stays the fallback, so a
 * lost notification only costs latency; the connection is re-made with backoff when it drops.
 */
export class PostgresLogListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private readonly retry = new Backoff(250, 30_000);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly store: EventStore,
    private readonly onTrouble: (message: string) => void,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', () => this.store.wake());
    client.on('error', () => this.reconnectLater('the LISTEN connection failed'));
    client.on('end', () => this.reconnectLater('the LISTEN connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${LOG_CHANNEL}`);
      this.client = client;
      this.retry.reset();
      // Anything appended while we were not listening is found by this first wake-up.
      this.store.wake();
    } catch {
      await client.end().catch(() => undefined);
      this.reconnectLater('could not LISTEN');
    }
  }

  private reconnectLater(why: string): void {
    if (this.stopped || this.timer) return;
    const delay = this.retry.next();
    this.onTrouble(`${why}; polling until it is back (retry in ${delay} ms)`);
    this.client = null;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref();
  }
}
