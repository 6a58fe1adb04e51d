import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isIsoDate } from '#domain';
import { Allow, AuditTrail, type AuditFilter, type AuditPage } from '#identity';
import { type FieldError, InvalidRequest } from '../../problem-details/invalid-request.exception.js';

/** Longest actor (id or name), subject id or order id an auditor may search for. */
const LONGEST_TERM = 200;
const MOST_A_PAGE = 1000;

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class GetAuditController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @Allow('auditor')
  @ApiOperation({
    summary: 'The audit trail: every read of personal data and every write, newest first',
    description: 'Filters combine. `next` in the answer is the `before` of the next (older) page; null on the last page.',
  })
  @ApiQuery({ name: 'actor', required: false, description: "A user id, or a user's name (case-insensitive)" })
  @ApiQuery({ name: 'from', required: false, example: '2026-11-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-11-30' })
  @ApiQuery({ name: 'subjectId', required: false })
  @ApiQuery({ name: 'orderId', required: false })
  @ApiQuery({ name: 'before', required: false, description: 'The cursor: `next` of the page before' })
  @ApiQuery({ name: 'limit', required: false, example: '100' })
  async search(@Query() query: Record<string, unknown>): Promise<AuditPage> {
    return this.audit.search(auditFilter(query));
  }
}

/** Parses an auditor's query into a filter, refusing (400, naming each field) anything out of shape. */
export function auditFilter(query: Record<string, unknown>): AuditFilter {
  const errors: FieldError[] = [];
  const single = (field: string): string | undefined => {
    const value = query[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      errors.push({ field, message: `${field} must be given once` });
      return undefined;
    }
    return value;
  };
  const term = (field: string): string | undefined => {
    const value = single(field);
    if (value !== undefined && (value.length === 0 || value.length > LONGEST_TERM)) errors.push({ field, message: `${field} must be 1 to ${LONGEST_TERM} characters` });
    return value;
  };
  const actor = term('actor');
  const subjectId = term('subjectId');
  const orderId = term('orderId');
  const from = single('from');
  const to = single('to');
  const before = single('before');
  const limit = single('limit');
  if (from !== undefined && !isIsoDate(from)) errors.push({ field: 'from', message: 'from must be a date written YYYY-MM-DD' });
  if (to !== undefined && !isIsoDate(to)) errors.push({ field: 'to', message: 'to must be a date written YYYY-MM-DD' });
  if (from !== undefined && to !== undefined && isIsoDate(from) && isIsoDate(to) && from > to) errors.push({ field: 'to', message: 'to must not be before from' });
  if (before !== undefined && !/^[1-9]\d{0,15}$/.test(before)) errors.push({ field: 'before', message: 'before must be the next cursor of a page' });
  if (limit !== undefined && !/^([1-9]\d{0,2}|1000)$/.test(limit)) errors.push({ field: 'limit', message: `limit must be 1 to ${MOST_A_PAGE}` });
  if (errors.length) throw new InvalidRequest(errors);
  return { actor, from, to, subjectId, orderId, before: before === undefined ? undefined : Number(before), limit: Number(limit ?? 100) };
}
