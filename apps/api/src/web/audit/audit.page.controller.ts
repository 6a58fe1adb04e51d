import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AuditTrail } from '#identity';
import type { FormBody } from '../forms/form-bodies.js';
import { optionalDate, typedDate } from '../forms/date-field.js';
import { type FieldErrors, fieldErrorsView, text } from '../forms/form-fields.js';
import { PageView } from '../rendering/page-view.js';
import { Page } from '../session/page-access.js';

/** The auditor's page: who read or changed what, newest first, filtered by user (id or name) and dates (GET, so it can be bookmarked). */
/** Entries a page shows; the next are a link away. */
const PAGE = 200;

@ApiExcludeController()
@Controller('audit')
export class AuditPageController {
  constructor(private readonly audit: AuditTrail) {}

  @Get()
  @Page('auditor')
  async trail(@Query() query: FormBody): Promise<PageView> {
    const actor = text(query.actor).trim();
    const subjectId = text(query.subjectId).trim();
    const orderId = text(query.orderId).trim();
    const before = text(query.before).trim();
    const errors: FieldErrors = {};
    if (actor.length > 200) errors.actor = 'User id or name must be 200 characters or fewer';
    if (subjectId.length > 200) errors.subjectId = 'Subject id must be 200 characters or fewer';
    if (orderId.length > 200) errors.orderId = 'Order id must be 200 characters or fewer';
    if (before && !/^[1-9]\d{0,15}$/.test(before)) errors.before = 'That link to older entries is not one this page made: filter again';
    const from = optionalDate(query, 'from', 'From');
    const to = optionalDate(query, 'to', 'To');
    if ('error' in from) errors['from-day'] = from.error;
    if ('error' in to) errors['to-day'] = to.error;
    const found =
      'error' in from || 'error' in to || Object.keys(errors).length
        ? { entries: [], next: null }
        : await this.audit.search({
            actor: actor || undefined,
            from: from.date ?? undefined,
            to: to.date ?? undefined,
            subjectId: subjectId || undefined,
            orderId: orderId || undefined,
            before: before ? Number(before) : undefined,
            limit: PAGE,
          });
    // The link to older entries keeps the filters as typed.
    const older = found.next ? `/audit?${olderLink(query, found.next)}` : null;
    return new PageView(
      'audit/audit.njk',
      {
        title: 'Audit trail',
        actor,
        subjectId,
        orderId,
        older,
        dates: { from: typedDate(query, 'from'), to: typedDate(query, 'to') },
        ...fieldErrorsView(errors),
        entries: found.entries,
      },
      Object.keys(errors).length ? 400 : 200,
    );
  }
}

function olderLink(query: FormBody, next: string): URLSearchParams {
  const link = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'before') continue;
    for (const one of Array.isArray(value) ? value : [value]) link.append(name, one);
  }
  link.append('before', next);
  return link;
}
