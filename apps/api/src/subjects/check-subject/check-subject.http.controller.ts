import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { breachIsOffenceIn, isIsoDate, isOrderType, type LegalConfig, nameTokens, parsePncId } from '#domain';
import { forceByCode } from '#forces';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { Clock, LEGAL_CONFIG } from '#platform';
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
    @Inject(LEGAL_CONFIG) private readonly legal: LegalConfig,
  ) {}

  @Get('check')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @ApiOperation({ summary: 'Does this person have an active order? Candidates best first; every check is audited' })
  async check(@Query() query: CheckSubjectRequest, @CurrentPrincipal() principal: Principal): Promise<CheckSubjectResult> {
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
    const result = await this.queries.execute<CheckSubjectQuery, CheckSubjectResult>(new CheckSubjectQuery(name, dateOfBirth, pncId));
    return this.withOffenceHere(result, principal);
  }

  /**
   * R37: tells the officer whether breaching each order is an offence where they are — an order from
   * one part of the UK is not enforceable everywhere (s30(1), HTE(S)A s32, S.R. 2016/102). Null where
   * the user has no force of one jurisdiction (national and ROCU users, British Transport Police).
   */
  private withOffenceHere(result: CheckSubjectResult, principal: Principal): CheckSubjectResult {
    const jurisdiction = forceByCode(principal.force ?? '')?.jurisdiction;
    const here = jurisdiction === 'england-wales' || jurisdiction === 'scotland' || jurisdiction === 'northern-ireland' ? jurisdiction : null;
    for (const match of result.matches) {
      for (const order of match.activeOrders) {
        order.breachIsOffenceHere = here && isOrderType(order.type) ? breachIsOffenceIn(order.type, here, this.legal) : null;
      }
    }
    return result;
  }
}
