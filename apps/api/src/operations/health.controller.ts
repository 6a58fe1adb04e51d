import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '#identity';
import { type ProjectionLag, ProjectionLagProbe } from './projection-lag.js';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly lag: ProjectionLagProbe) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Answers once STOR can serve; reports how far each projection lags the log' })
  async health(): Promise<{ status: 'ok'; projections: ProjectionLag[] }> {
    return { status: 'ok', projections: await this.lag.measure() };
  }
}
