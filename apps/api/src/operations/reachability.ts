import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore } from '#event-store';

/** Longest a health check waits on the database or the log before calling it unreachable. */
const PROBE_TIMEOUT_MS = 2_000;

export type Reach = 'reachable' | 'unreachable';

export interface Reachability {
  database: Reach;
  log: Reach;
}

/** Whether the database (read models, audit) and the log answer now, each within a bound. */
@Injectable()
export class ReachabilityProbe {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  async check(): Promise<Reachability> {
    const [database, log] = await Promise.all([reach(() => this.db.query('SELECT 1')), reach(() => this.store.readAll(null, 1))]);
    return { database, log };
  }
}

async function reach(probe: () => Promise<unknown>): Promise<Reach> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Reach>((resolve) => {
    timer = setTimeout(() => resolve('unreachable'), PROBE_TIMEOUT_MS);
  });
  const answered = probe().then(
    (): Reach => 'reachable',
    (): Reach => 'unreachable',
  );
  try {
    return await Promise.race([answered, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
