import { EventEmitter } from 'node:events';
import type { PGlite, Results } from '@electric-sql/pglite';

type Callback<T> = (error: Error | null, value?: T) => void;

interface PgShapedResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: Results['fields'];
}

/**
 * A `pg.Pool` look-alike over one PGlite database, handed to TypeORM as its driver.
 *
 * PGlite is a single session underneath, so two TypeORM query runners sharing it would interleave
 * their transactions (one's COMMIT would commit the other's work). Each `connect()` therefore
 * leases the whole database until the runner releases it — the semantics of a pool of one.
 */
export class PgliteLeasePool extends EventEmitter {
  private tail: Promise<void> = Promise.resolve();
  /** Listeners in this process, by channel: the session LISTENs once per channel. */
  private readonly channelListeners = new Map<string, Set<(payload: string) => void>>();
  private stopNotifications: (() => void) | null = null;

  constructor(private readonly db: PGlite) {
    super();
  }

  connect(callback?: (error: Error | null, client?: PgliteClient, release?: (error?: unknown) => void) => void) {
    const leased = this.lease();
    if (!callback) return leased.then(({ client }) => client);
    leased.then(
      ({ client, release }) => callback(null, client, release),
      (error: Error) => callback(error),
    );
    return undefined;
  }

  async query(sql: string | { text: string }, params?: unknown[] | Callback<PgShapedResult>, callback?: Callback<PgShapedResult>) {
    const { client, release } = await this.lease();
    try {
      return await client.query(sql, params, callback);
    } finally {
      release();
    }
  }

  /**
   * Calls `notified` with each NOTIFY on `channel` as it commits. The LISTEN is run in a lease of its
   * own: inside another runner's transaction, a rollback of that transaction would undo it.
   */
  async listen(channel: string, notified: (payload: string) => void): Promise<() => Promise<void>> {
    this.stopNotifications ??= this.db.onNotification((on, payload) => {
      for (const listener of this.channelListeners.get(on) ?? []) listener(payload);
    });
    let listeners = this.channelListeners.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.channelListeners.set(channel, listeners);
      await this.query(`LISTEN ${channel}`);
    }
    listeners.add(notified);
    return async () => {
      listeners.delete(notified);
      if (listeners.size > 0 || this.channelListeners.get(channel) !== listeners) return;
      this.channelListeners.delete(channel);
      await this.query(`UNLISTEN ${channel}`);
    };
  }

  end(callback?: (error?: Error | null) => void): Promise<void> {
    this.stopNotifications?.();
    this.stopNotifications = null;
    this.channelListeners.clear();
    const closing = this.tail.then(() => this.db.close());
    closing.then(() => callback?.(null), (error: Error) => callback?.(error));
    return closing;
  }

  private lease(): Promise<{ client: PgliteClient; release: () => void }> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    return previous.then(() => {
      let done = false;
      const client = new PgliteClient(this.db, () => {
        if (done) return;
        done = true;
        release();
      });
      return { client, release: () => client.release() };
    });
  }
}

/** The leased session: answers in the shape TypeORM's postgres driver expects from `pg`. */
export class PgliteClient extends EventEmitter {
  constructor(
    private readonly db: PGlite,
    readonly release: () => void,
  ) {
    super();
  }

  /** `sql` is text, or a named statement as `pg` takes one ({ name, text }): one session has nothing to share it with, so its text is run. */
  async query(sql: string | { text: string }, params?: unknown[] | Callback<PgShapedResult>, callback?: Callback<PgShapedResult>) {
    const cb = typeof params === 'function' ? params : callback;
    const values = Array.isArray(params) ? params : undefined;
    try {
      const result = await this.run(typeof sql === 'string' ? sql : sql.text, values);
      cb?.(null, result);
      return result;
    } catch (error) {
      if (cb) {
        cb(error as Error);
        return undefined;
      }
      throw error;
    }
  }

  private async run(sql: string, values: unknown[] | undefined): Promise<PgShapedResult> {
    // Multi-statement scripts (migrations) need the simple protocol; parameters need the extended one.
    const raw: Results =
      values && values.length > 0
        ? await this.db.query(sql, values)
        : ((await this.db.exec(sql)).at(-1) ?? { rows: [], fields: [] });
    const command = sql.trimStart().split(/\s/, 1)[0].toUpperCase();
    return {
      rows: raw.rows,
      rowCount: raw.affectedRows ?? raw.rows.length,
      command: command === 'WITH' ? 'SELECT' : command,
      fields: raw.fields,
    };
  }
}
