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
      '`{ alerts: [ { alertId, kind, orderId, subjectId, breachId, eventId, eventType, raisedAt, reason, why, position, acknowledged, acknowledgedAt, acknowledgedBy: { name, role, force } | null } ], next }`; ' +
      '`next` is the `before` of the next page, null on the last. `reason` says in words, from this force\'s side, why it is told (no personal data); `why` is the same as a code ' +
      '(owning-force, location-force, new-address-force, address-force, previous-address-force, previous-owning-force, travel-ban, neighbour-of-location-force, neighbour-of-address-force, neighbour-of-owning-force, alerted-before). ' +
      '`subjectId` is the subject of the order, `eventId` and `eventType` the event in the log that raised the alert (`GET /api/orders/{orderId}/history` lists it); each may be null on an alert raised before STOR kept it.',
  })
  async list(@Param('code', ForceCodePipe) code: ForceCode, @CurrentPrincipal() principal: Principal, @Query() query: GetAlertsRequest): Promise<AlertPage> {
    assertMayReadInbox(principal, code);
    await this.consistency.reach(query.position);
    return this.queries.execute<GetAlertsQuery, AlertPage>(new GetAlertsQuery(code, Number(query.limit ?? 100), alertFilterOf(query), query.before ?? null));
  }
}
