import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isIsoDate } from '#domain';
import { AuditTrail } from '#identity';
import type { FormBody } from '../forms/form-bodies.js';
import { dateFromInput, dateInputValues } from '../forms/date-input.js';
import { type FieldErrors, fieldErrorsView, text } from '../forms/form-fields.js';
import { PageView } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';

/** The auditor's page: who read or changed what, newest first, filtered by user and dates (GET, so it can be bookmarked). */
@ApiExcludeController()
@Controller('audit')
export class AuditPageController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @Page('auditor')
  async trail(@Query() query: FormBody): Promise<PageView> {
    const actor = text(query.actor).trim();
    const errors: FieldErrors = {};
    if (actor.length > 200) errors.actor = 'User id must be 200 characters or fewer';
    const from = dateFromInput(query, 'from', 'From');
    const to = dateFromInput(query, 'to', 'To');
    if (from.error) errors.from = from.error;
    else if (from.value && !isIsoDate(from.value)) errors.from = 'From must be a real date';
    if (to.error) errors.to = to.error;
    else if (to.value && !isIsoDate(to.value)) errors.to = 'To must be a real date';
    const entries = Object.keys(errors).length
      ? []
      : await this.audit.search({ actor: actor || undefined, from: from.value ?? undefined, to: to.value ?? undefined, limit: 200 });
    return new PageView(
      'audit/audit.njk',
      {
        title: 'Audit trail',
        actor,
        dates: { from: dateInputValues(query, 'from'), to: dateInputValues(query, 'to') },
        ...fieldErrorsView(errors, (field) => field === 'from' || field === 'to'),
        entries,
      },
      Object.keys(errors).length ? 400 : 200,
    );
  }
}
