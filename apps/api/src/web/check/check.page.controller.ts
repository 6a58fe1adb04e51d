import { Body, Controller, Get, Inject, Post, UseGuards } from '@nestjs/common';
import { CheckRateLimit } from '../../hostile-clients/check-rate-limit.guard.js';
import { ApiExcludeController } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '#identity';
import { STOR_CONFIG, type StorConfig } from '#platform';
import type { CheckSubjectResult } from '#register';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { CheckSubjectRequest } from '../../subjects/check-subject/check-subject.request.dto.js';
import { SubjectChecks } from '../../subjects/check-subject/subject-checks.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsFrom, fieldErrorsView, text } from '../forms/form-fields.js';
import { validatedForm } from '../forms/validated-form.js';
import { PageView } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';
import { dateOfBirthAsTyped } from './date-of-birth.js';
import { reasonWords } from './match-words.js';

const CHECKERS = ['officer', 'order-manager', 'rocu', 'national'] as const;

/**
 * The officer's home page, phone first. The check is posted, not put in the address, so names do
 * not sit in browser history or proxy logs; it runs the API's own check (SubjectChecks).
 */
@ApiExcludeController()
@Controller()
export class CheckPageController {
  constructor(
    private readonly checks: SubjectChecks,
    @Inject(STOR_CONFIG) private readonly config: Pick<StorConfig, 'checkPurposeRequired'>,
  ) {}

  @Get()
  @Page(...CHECKERS)
  form(): PageView {
    return this.page({}, {}, null);
  }

  @Post('check')
  // Listed above @Page so it runs after the page's own guard has found the user.
  @UseGuards(CheckRateLimit)
  @Page(...CHECKERS)
  async check(@Body() body: FormBody, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    const values = {
      name: text(body.name).trim(),
      dateOfBirth: text(body.dateOfBirth).trim(),
      pncId: text(body.pncId).trim(),
      purpose: text(body.purpose).trim(),
    };
    const dateOfBirth = dateOfBirthAsTyped(values.dateOfBirth);
    if (this.config.checkPurposeRequired && !values.purpose) {
      return this.page(values, { purpose: 'Enter the reason for the check: this deployment keeps one for every check in the audit trail' }, null);
    }
    if (dateOfBirth === null) return this.page(values, { dateOfBirth: 'Enter the date of birth as day, month and year, for example 27/3/1980, or just the year' }, null);
    const { value, errors } = await validatedForm(
      CheckSubjectRequest,
      { name: values.name || undefined, dateOfBirth: dateOfBirth || undefined, pncId: values.pncId || undefined, purpose: values.purpose || undefined },
      'name',
    );
    if (Object.keys(errors).length) return this.page(values, errors, null);
    try {
      return this.page(values, {}, await this.checks.check(value, principal));
    } catch (error) {
      if (error instanceof InvalidRequest) return this.page(values, fieldErrorsFrom(error.errors, 'name'), null);
      throw error;
    }
  }

  private page(values: Record<string, string>, errors: FieldErrors, result: CheckSubjectResult | null): PageView {
    return new PageView(
      'check/check.njk',
      {
        title: result ? 'Check result' : 'Check a subject',
        values,
        purposeRequired: this.config.checkPurposeRequired,
        ...fieldErrorsView(errors),
        result,
        searched: result ? searchedFor(values) : null,
        matches: result?.matches.map((match) => ({ ...match, reasons: reasonWords(match.matchedOn) })) ?? [],
      },
      Object.keys(errors).length ? 400 : 200,
      {
        subjectIds: result?.matches.map((match) => match.subjectId) ?? [],
        searched: result ? { name: values.name, dateOfBirth: values.dateOfBirth, pncId: values.pncId } : undefined,
        purpose: values.purpose || undefined,
      },
    );
  }
}

function searchedFor(values: Record<string, string>): string {
  const parts = [];
  if (values.name) parts.push(`name “${values.name}”`);
  if (values.dateOfBirth) parts.push(`date of birth ${values.dateOfBirth}`);
  if (values.pncId) parts.push(`PNC ID ${values.pncId}`);
  return parts.join(', ');
}
