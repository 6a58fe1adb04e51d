import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isIsoDate } from '#domain';
import { Allow, AuditTrail, type AuditRecord } from '#identity';
import { type FieldError, InvalidRequest } from '../../problem-details/invalid-request.exception.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class GetAuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @Allow('auditor')
  @ApiOperation({ summary: 'The audit trail: every read of personal data and every write, newest first' })
  @ApiQuery({ name: 'actor', required: false })
  @ApiQuery({ name: 'from', required: false, example: '2026-11-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-11-30' })
  @ApiQuery({ name: 'limit', required: false, example: '100' })
  async search(
    @Query('actor') actor?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('limit') limit?: string,
  ): Promise<{ entries: AuditRecord[] }> {
    const errors: FieldError[] = [];
    if (from !== undefined && !isIsoDate(from)) errors.push({ field: 'from', message: 'from must be a date written YYYY-MM-DD' });
    if (to !== undefined && !isIsoDate(to)) errors.push({ field: 'to', message: 'to must be a date written YYYY-MM-DD' });
    if (limit !== undefined && !/^([1-9]\d{0,2}|1000)$/.test(limit)) errors.push({ field: 'limit', message: 'limit must be 1 to 1000' });
    if (actor !== undefined && actor.length > 200) errors.push({ field: 'actor', message: 'actor is too long' });
    if (errors.length) throw new InvalidRequest(errors);
    return { entries: await this.audit.search({ actor, from, to, limit: Number(limit ?? 100) }) };
  }
}
