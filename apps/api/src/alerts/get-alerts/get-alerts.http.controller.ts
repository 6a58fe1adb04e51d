import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Alert, GetAlertsQuery } from '#alerts';
import { isForceCode } from '#forces';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { assertMayReadInbox } from '../../access/scope.js';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('api/forces')
export class GetAlertsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get(':code/alerts')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @ApiOperation({ summary: "A force's alerts inbox, newest first" })
  @ApiQuery({ name: 'limit', required: false, example: '50' })
  @ApiQuery({ name: 'position', required: false, description: 'wait until the inbox has applied this log position' })
  async list(
    @Param('code') code: string,
    @CurrentPrincipal() principal: Principal,
    @Query('limit') limit?: string,
    @Query('position') position?: string,
  ): Promise<{ alerts: Alert[] }> {
    if (!isForceCode(code)) throw new NotFoundException(`There is no force with code ${code}.`);
    assertMayReadInbox(principal, code);
    if (limit !== undefined && !/^([1-9]\d{0,2}|1000)$/.test(limit)) {
      throw new InvalidRequest([{ field: 'limit', message: 'limit must be a whole number from 1 to 1000' }]);
    }
    await this.consistency.reach(position);
    const alerts = await this.queries.execute<GetAlertsQuery, Alert[]>(new GetAlertsQuery(code, Number(limit ?? 100)));
    return { alerts };
  }
}
