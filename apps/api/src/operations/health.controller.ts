import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '#identity';
import { type ProjectionLag, ProjectionLagProbe } from './projection-lag.js';
import { type Reach, ReachabilityProbe } from './reachability.js';

interface Health {
  status: 'ok' | 'unavailable';
  database: Reach;
  log: Reach;
  projections: ProjectionLag[];
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly lag: ProjectionLagProbe,
    private readonly reachability: ReachabilityProbe,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Answers 200 while STOR can serve; reports whether the database and the log answer, and how far each projection lags the log' })
  @ApiResponse({ status: 503, description: 'The database or the log cannot be reached just now; STOR keeps trying and recovers by itself' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const { database, log } = await this.reachability.check();
    const serving = database === 'reachable' && log === 'reachable';
    if (!serving) void reply.status(503);
    return { status: serving ? 'ok' : 'unavailable', database, log, projections: serving ? await this.lag.measure() : [] };
  }
}
