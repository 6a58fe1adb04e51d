import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { EventStore } from '#event-store';
import { Public } from '#identity';

/** Most events counted when reporting lag; beyond this the answer is "at least". */
const LAG_COUNT_LIMIT = 1000;

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Answers once STOR can serve; reports how far each projection lags the log' })
  async health() {
    const rows: { projection: string; checkpoint: string; position: string | number; updated_at: string }[] = await this.db.query(
      `SELECT projection, checkpoint, position, updated_at FROM projection_checkpoints ORDER BY projection`,
    );
    const projections = await Promise.all(
      rows.map(async (row) => {
        const behind = (await this.store.readAll(row.checkpoint, LAG_COUNT_LIMIT)).length;
        return {
          projection: row.projection,
          position: Number(row.position),
          lagEvents: behind,
          lagCapped: behind === LAG_COUNT_LIMIT,
          updatedAt: new Date(row.updated_at).toISOString(),
        };
      }),
    );
    return { status: 'ok', projections };
  }
}
