import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore, storedCheckpoints } from '#event-store';
import { Clock } from '#platform';

/** Most events counted when measuring lag; beyond this the answer is "at least". */
const LAG_COUNT_LIMIT = 1000;

export interface ProjectionLag {
  projection: string;
  position: number;
  lagEvents: number;
  lagCapped: boolean;
  /** How long the oldest event not yet applied has been waiting; 0 when caught up. */
  lagSeconds: number;
  updatedAt: string;
}

/** How far each projection (and reactor) stands behind the log, for /health and /metrics. */
@Injectable()
export class ProjectionLagProbe {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async measure(): Promise<ProjectionLag[]> {
    return Promise.all(
      (await storedCheckpoints(this.db)).map(async (row) => {
        const behind = await this.store.readAll(row.checkpoint, LAG_COUNT_LIMIT);
        const oldest = behind[0]?.metadata.recordedAt;
        return {
          projection: row.name,
          position: row.position,
          lagEvents: behind.length,
          lagCapped: behind.length === LAG_COUNT_LIMIT,
          lagSeconds: oldest ? Math.max(0, (this.clock.now().getTime() - Date.parse(oldest)) / 1000) : 0,
          updatedAt: row.updatedAt,
        };
      }),
    );
  }
}
