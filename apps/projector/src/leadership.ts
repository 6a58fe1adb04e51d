import pg from 'pg';

const LOCK = `hashtext('stor-projector')`;

/**
 * One active projector per database: whoever holds a session advisory lock runs the projections,
 * reactors and clock; the others wait and try again, and take over within a few seconds when the
 * leader's connection goes. The embedded database has a single process, so it always leads.
 */
export class ProjectorLeadership {
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  leading = false;

  constructor(
    private readonly databaseUrl: string | null,
    private readonly retryMs: number,
    private readonly onLead: () => Promise<void>,
    private readonly onLose: () => Promise<void>,
    private readonly onTrouble: (message: string) => void,
  ) {}

  async start(): Promise<void> {
    if (!this.databaseUrl) {
      this.leading = true;
      await this.onLead();
      return;
    }
    await this.attempt();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.leading) await this.onLose();
    this.leading = false;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    try {
      this.client ??= await this.connect();
      const [{ locked }] = (await this.client.query(`SELECT pg_try_advisory_lock(${LOCK}) AS locked`)).rows as { locked: boolean }[];
      if (locked) {
        this.leading = true;
        await this.onLead();
        return;
      }
    } catch {
      this.onTrouble('could not reach the database to decide which projector leads');
      await this.dropConnection();
    }
    this.later();
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.databaseUrl as string });
    // Losing the connection releases the lock: stop leading at once, so two never lead together.
    client.on('error', () => void this.lost());
    client.on('end', () => void this.lost());
    await client.connect();
    return client;
  }

  private async lost(): Promise<void> {
    if (this.stopped) return;
    this.client = null;
    if (this.leading) {
      this.leading = false;
      this.onTrouble('lost the projector lock; standing by');
      await this.onLose();
    }
    this.later();
  }

  private async dropConnection(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private later(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.attempt();
    }, this.retryMs);
    this.timer.unref();
  }
}
