import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AuditTrail } from '#identity';
import type { FormBody } from '../forms/form-bodies.js';
import { optionalDate, typedDate } from '../forms/date-field.js';
import { type FieldErrors, fieldErrorsView, text } from '../forms/form-fields.js';
import { PageView } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';

/** The auditor's page: who read or changed what, newest first, filtered by user (id or name) and dates (GET, so it can be bookmarked). */
@ApiExcludeController()
@Controller('audit')
export class AuditPageController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @Page('auditor')
  async trail(@Query() query: FormBody): Promise<PageView> {
    const actor = text(query.actor).trim();
    const errors: FieldErrors = {};
    if (actor.length > 200) errors.actor = 'User id or name must be 200 characters or fewer';
    const from = optionalDate(query, 'from', 'From');
    const to = optionalDate(query, 'to', 'To');
    if ('error' in from) errors['from-day'] = from.error;
    if ('error' in to) errors['to-day'] = to.error;
    const entries =
      'error' in from || 'error' in to || errors.actor
        ? []
        : (await this.audit.search({ actor: actor || undefined, from: from.date ?? undefined, to: to.date ?? undefined, limit: 200 })).entries;
    return new PageView(
      'audit/audit.njk',
      {
        title: 'Audit trail',
        actor,
        dates: { from: typedDate(query, 'from'), to: typedDate(query, 'to') },
        ...fieldErrorsView(errors),
        entries,
      },
      Object.keys(errors).length ? 400 : 200,
    );
  }
}
