import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '#identity';
import type { CheckSubjectResult } from '#register';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { CheckSubjectRequest } from '../../subjects/check-subject/check-subject.request.dto.js';
import { SubjectChecks } from '../../subjects/check-subject/subject-checks.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsFrom, fieldErrorsView, text } from '../forms/form-fields.js';
import { validatedForm } from '../forms/validated-form.js';
import { PageView } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';
import { reasonWords } from './match-words.js';

const CHECKERS = ['officer', 'order-manager', 'rocu', 'national'] as const;

/**
 * The officer's home page, phone first. The check is posted, not put in the address, so names do
 * not sit in browser history or proxy logs; it runs the API's own check (SubjectChecks).
 */
@ApiExcludeController()
@Controller()
export class CheckPageController {
  constructor(private readonly checks: SubjectChecks) {}

  @Get()
  @Page(...CHECKERS)
  form(): PageView {
    return this.page({}, {}, null);
  }

  @Post('check')
  @Page(...CHECKERS)
  async check(@Body() body: FormBody, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    const values = {
      name: text(body.name).trim(),
      dobDay: text(body['dateOfBirth-day']).trim(),
      dobMonth: text(body['dateOfBirth-month']).trim(),
      dobYear: text(body['dateOfBirth-year']).trim(),
      pncId: text(body.pncId).trim(),
      purpose: text(body.purpose).trim(),
    };
    const dateOfBirth = dateOfBirthFrom(values);
    if (typeof dateOfBirth === 'object') return this.page(values, dateOfBirth, null);
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
    const formErrors = Object.fromEntries(Object.entries(errors).map(([field, message]) => [field === 'dateOfBirth' ? 'dateOfBirth-day' : field, message]));
    return new PageView(
      'check/check.njk',
      {
        title: result ? 'Check result' : 'Check a subject',
        values,
        ...fieldErrorsView(formErrors),
        result,
        searched: result ? searchedFor(values) : null,
        matches: result?.matches.map((match) => ({ ...match, reasons: reasonWords(match.matchedOn) })) ?? [],
      },
      Object.keys(errors).length ? 400 : 200,
      {
        subjectIds: result?.matches.map((match) => match.subjectId) ?? [],
        searched: result ? { name: values.name, dateOfBirth: [values.dobYear, values.dobMonth, values.dobDay].filter(Boolean).join('-'), pncId: values.pncId } : undefined,
        purpose: values.purpose || undefined,
      },
    );
  }
}

/** The GOV.UK date input's three boxes as the API's YYYY-MM-DD or YYYY, or what is wrong with them. */
function dateOfBirthFrom(values: { dobDay: string; dobMonth: string; dobYear: string }): string | FieldErrors {
  const { dobDay: day, dobMonth: month, dobYear: year } = values;
  if (!day && !month && !year) return '';
  if (!/^\d{4}$/.test(year)) return { dateOfBirth: 'Date of birth must include a year, for example 1980' };
  if (!day && !month) return year;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month)) return { dateOfBirth: 'Date of birth must be a real date, for example 27 3 1980, or just a year' };
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function searchedFor(values: Record<string, string>): string {
  const parts = [];
  if (values.name) parts.push(`name “${values.name}”`);
  if (values.dobYear) parts.push(`date of birth ${[values.dobDay, values.dobMonth, values.dobYear].filter(Boolean).join('/')}`);
  if (values.pncId) parts.push(`PNC ID ${values.pncId}`);
  return parts.join(', ');
}
