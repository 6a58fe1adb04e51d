import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '#identity';
import { Clock } from '#platform';
import { auditEntryFor } from '../../audit/audit-entry.js';
import type { PageRequest } from '../session/page-access.guard.js';
import { type PageAnswer, SeeOther } from './page-view.js';

/**
 * Every page a signed-in user is answered with goes into the audit trail, as every API request
 * does: who, which page, and whose data it showed (a PageView's `audited`). A page refused is
 * recorded by the page error filter instead.
 */
@Injectable()
export class PageAudit {
  private readonly logger = new Logger('audit');

  constructor(
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** Whether the answer was recorded; a page that shows a subject's data is not sent unless it was. */
  async record(request: PageRequest, answer: PageAnswer): Promise<boolean> {
    if (!request.principal) return true;
    const status = answer instanceof SeeOther ? 303 : answer.status;
    const entry = auditEntryFor(request, status, this.clock.now(), null);
    const audited = answer instanceof SeeOther ? {} : answer.audited;
    try {
      await this.audit.record({ ...entry, orderId: audited.orderId ?? entry.orderId, subjectIds: audited.subjectIds ?? entry.subjectIds });
      return true;
    } catch {
      this.logger.error('could not write the audit trail for a page');
      return false;
    }
  }
}
