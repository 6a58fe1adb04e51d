import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '#identity';
import type { SubjectMatch } from '#register';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { CheckSubjectRequest } from '../../subjects/check-subject/check-subject.request.dto.js';
import { SubjectChecks } from '../../subjects/check-subject/subject-checks.js';
import { reasonWords } from '../check/match-words.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsFrom, fieldErrorsView, text } from '../forms/form-fields.js';
import { validatedForm } from '../forms/validated-form.js';
import { optionalDate, typedDate } from '../forms/date-field.js';
import { type PageAnswer, PageView, SeeOther } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';

/** Step 1 of recording an order: is this person already on the register? */
@ApiExcludeController()
@Controller('orders/new')
export class FindSubjectPageController {
  constructor(private readonly checks: SubjectChecks) {}

  @Get()
  @Page('order-manager')
  start(): PageView {
    return this.page({}, {}, null);
  }

  @Post('find')
  @Page('order-manager')
  async find(@Body() body: FormBody, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    const values = { name: text(body.name).trim(), pncId: text(body.pncId).trim() };
    const dateOfBirth = optionalDate(body, 'dateOfBirth', 'Date of birth');
    const errors: FieldErrors = 'error' in dateOfBirth ? { 'dateOfBirth-day': dateOfBirth.error } : {};
    if (!values.name && !values.pncId) errors.name = 'Enter the name as the order gives it, or a PNC ID';
    if (Object.keys(errors).length) return this.page(body, errors, null);
    const { value, errors: invalid } = await validatedForm(
      CheckSubjectRequest,
      { name: values.name || undefined, dateOfBirth: ('date' in dateOfBirth && dateOfBirth.date) || undefined, pncId: values.pncId || undefined, purpose: 'recording an order' },
      'name',
    );
    if (Object.keys(invalid).length) return this.page(body, invalid, null);
    try {
      const result = await this.checks.check(value, principal);
      return this.page(body, {}, result.matches);
    } catch (error) {
      if (error instanceof InvalidRequest) return this.page(body, fieldErrorsFrom(error.errors, 'name'), null);
      throw error;
    }
  }

  /** The choice made: a person on the register, or a new one. */
  @Post('choose')
  @Page('order-manager')
  choose(@Body() body: FormBody): PageAnswer {
    const subject = text(body.subject);
    if (subject === 'new' || /^[0-9a-f-]{36}$/.test(subject)) return new SeeOther(`/orders/new/details?subject=${subject}`);
    return this.page(body, { subject: 'Select the person this order is about, or say it is someone new' }, null);
  }

  private page(values: FormBody, errors: FieldErrors, matches: SubjectMatch[] | null): PageView {
    return new PageView(
      'record-order/find-subject.njk',
      {
        title: 'Record an order: who is it about?',
        values: { name: text(values.name), pncId: text(values.pncId), dateOfBirth: typedDate(values, 'dateOfBirth') },
        ...fieldErrorsView(errors),
        matches: matches?.map((match) => ({ ...match, reasons: reasonWords(match.matchedOn) })) ?? null,
      },
      Object.keys(errors).length ? 400 : 200,
      { subjectIds: matches?.map((match) => match.subjectId) ?? [] },
    );
  }
}
