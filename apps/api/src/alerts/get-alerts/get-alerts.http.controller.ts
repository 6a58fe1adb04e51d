import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type AlertPage, GetAlertsQuery } from '#alerts';
import type { ForceCode } from '#forces';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { assertMayReadInbox } from '../../access/scope.js';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { alertFilterOf, GetAlertsRequest } from './get-alerts.request.dto.js';
import { ForceCodePipe } from '../../forces/force-code.pipe.js';

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
  @ApiOperation({
    summary: "A force's alerts inbox, newest first, a page at a time",
    description:
      'Each alert says whether it is acknowledged, and if so by whom (name, role, force) and when. Filter by `kind` and `acknowledged`; page with `limit` and `before` (the `next` of the page before).',
  })
  @ApiResponse({
    status: 200,
    description:
      '`{ alerts: [ { alertId, kind, orderId, breachId, raisedAt, reason, why, position, acknowledged, acknowledgedAt, acknowledgedBy: { name, role, force } | null } ], next }`; `next` is the `before` of the next page, null on the last',
  })
  async list(@Param('code', ForceCodePipe) code: ForceCode, @CurrentPrincipal() principal: Principal, @Query() query: GetAlertsRequest): Promise<AlertPage> {
    assertMayReadInbox(principal, code);
    await this.consistency.reach(query.position);
    return this.queries.execute<GetAlertsQuery, AlertPage>(new GetAlertsQuery(code, Number(query.limit ?? 100), alertFilterOf(query), query.before ?? null));
  }
}
