import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { breachIsOffenceIn, isIsoDate, isOrderType, type LegalConfig, nameTokens } from '#domain';
import { forceByCode } from '#forces';
import type { Principal } from '#identity';
import { Clock, LEGAL_CONFIG, STOR_CONFIG, type StorConfig } from '#platform';
import { CheckSubjectQuery, type CheckSubjectResult, HeldSubjects } from '#register';
import { type FieldError, InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { canonicalCroNumber, canonicalPncId } from '../identifiers.js';
import { CheckSubjectRequest } from './check-subject.request.dto.js';

/** An officer's check, the same for the API and the check page: the request parsed once, then the query. */
@Injectable()
export class SubjectChecks implements OnApplicationBootstrap {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    @Inject(LEGAL_CONFIG) private readonly legal: LegalConfig,
    private readonly held: HeldSubjects,
    @Inject(STOR_CONFIG) private readonly config: Pick<StorConfig, 'checkPurposeRequired'>,
  ) {}

  /** The name index is read as STOR starts, so the first officer's check does not wait for it (seconds at national scale). */
  onApplicationBootstrap(): void {
    // Not awaited: STOR answers meanwhile, and a check that comes first waits for this same read.
    this.held.current().catch((error: unknown) => new Logger('check').warn(`the name index was not read at start (${describe(error)}); the first check reads it`));
  }

  /** Throws InvalidRequest naming every bad field at once. */
  async check(query: CheckSubjectRequest, principal: Principal): Promise<CheckSubjectResult> {
    const errors: FieldError[] = [];
    if (this.config.checkPurposeRequired && !query.purpose?.trim()) {
      errors.push({ field: 'purpose', message: 'purpose is required: say why the check is made (it is kept in the audit trail)' });
    }
    const name = query.name && nameTokens(query.name).length > 0 ? query.name : null;
    if (query.name !== undefined && !name) errors.push({ field: 'name', message: 'name must contain letters' });
    const dateOfBirth = query.dateOfBirth ?? null;
    if (dateOfBirth && dateOfBirth.length === 10 && !isIsoDate(dateOfBirth)) {
      errors.push({ field: 'dateOfBirth', message: 'dateOfBirth is not a real date' });
    }
    const pncId = collect(errors, () => canonicalPncId(query.pncId, this.clock.today(), 'pncId'));
    const croNumber = collect(errors, () => canonicalCroNumber(query.croNumber, 'croNumber'));
    // A date of birth narrows a search; alone it would list everyone born that day or year.
    if (!name && !query.pncId && !query.croNumber && errors.length === 0) {
      errors.push({ field: 'name', message: 'give a name, a PNC ID or a CRO number; a date of birth only narrows a name' });
    }
    if (errors.length) throw new InvalidRequest(errors);
    const result = await this.queries.execute<CheckSubjectQuery, CheckSubjectResult>(
      new CheckSubjectQuery(name, dateOfBirth, pncId, croNumber, this.clock.today()),
    );
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

/** Runs a parse that throws InvalidRequest, keeping its field errors so every bad field is named at once. */
function collect<T>(errors: FieldError[], parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof InvalidRequest)) throw error;
    errors.push(...error.errors);
    return null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error';
}
