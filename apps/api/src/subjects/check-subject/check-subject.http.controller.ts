import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import type { CheckSubjectResult } from '#register';
import { CheckRateLimit } from '../../hostile-clients/check-rate-limit.guard.js';
import { CheckSubjectRequest } from './check-subject.request.dto.js';
import { SubjectChecks } from './subject-checks.js';

@ApiTags('subjects')
@ApiBearerAuth()
@Controller('api/subjects')
export class CheckSubjectController {
  constructor(private readonly checks: SubjectChecks) {}

  @Get('check')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @UseGuards(CheckRateLimit)
  @ApiOperation({ summary: 'Does this person have an active order? Candidates best first; every check is audited' })
  check(@Query() query: CheckSubjectRequest, @CurrentPrincipal() principal: Principal): Promise<CheckSubjectResult> {
    return this.checks.check(query, principal);
  }
}
