import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isIsoDate, nameTokens, parsePncId } from '#domain';
import { Allow } from '#identity';
import { Clock } from '#platform';
import { CheckSubjectQuery, type CheckSubjectResult } from '#register';
import { type FieldError, InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { CheckSubjectRequest } from './check-subject.request.dto.js';

@ApiTags('subjects')
@ApiBearerAuth()
@Controller('api/subjects')
export class CheckSubjectController {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  @Get('check')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @ApiOperation({ summary: 'Does this person have an active order? Candidates best first; every check is audited' })
  check(@Query() query: CheckSubjectRequest): Promise<CheckSubjectResult> {
    const errors: FieldError[] = [];
    const name = query.name && nameTokens(query.name).length > 0 ? query.name : null;
    if (query.name !== undefined && !name) errors.push({ field: 'name', message: 'name must contain letters' });
    const dateOfBirth = query.dateOfBirth ?? null;
    if (dateOfBirth && dateOfBirth.length === 10 && !isIsoDate(dateOfBirth)) {
      errors.push({ field: 'dateOfBirth', message: 'dateOfBirth is not a real date' });
    }
    let pncId: string | null = null;
    if (query.pncId) {
      const parsed = parsePncId(query.pncId, this.clock.today());
      if (parsed.ok) pncId = parsed.canonical;
      else errors.push({ field: 'pncId', message: parsed.reason });
    }
    if (!name && !dateOfBirth && !query.pncId && errors.length === 0) {
      errors.push({ field: 'name', message: 'give at least one of name, dateOfBirth or pncId' });
    }
    if (errors.length) throw new InvalidRequest(errors);
    return this.queries.execute(new CheckSubjectQuery(name, dateOfBirth, pncId));
  }
}
