import type { FastifyRequest } from 'fastify';
import type { AuditEntry, AuthenticatedRequest } from '#identity';
import { PageView, SeeOther } from '../web/rendering/page-view.js';
import { storableCopy } from '../validation/storable-text.pipe.js';
import { boundedQuery, clientAddressFor, userAgentOf } from './request-identity.js';

/** What the audit trail keeps of one API request or page: who, what route, what they asked, what came back. */
export function auditEntryFor(
  request: FastifyRequest & AuthenticatedRequest,
  status: number,
  at: Date,
  response: unknown,
  trustProxy = false,
): AuditEntry {
  const route = request.routeOptions?.url ?? request.url.split('?')[0];
  const params = (request.params ?? {}) as Record<string, string>;
  // A refused request may carry text the database cannot hold; the trail keeps a faithful-enough copy.
  const page = response instanceof PageView ? response.audited : {};
  const query = boundedQuery(storableCopy({ ...(request.query ?? {}), ...page.searched }) as Record<string, unknown>);
  const found = (response instanceof PageView || response instanceof SeeOther ? {} : (response ?? {})) as {
    orderId?: string;
    subject?: { subjectId?: string };
    matches?: { subjectId: string }[];
  };
  const purpose =
    typeof query.purpose === 'string'
      ? query.purpose
      : ((storableCopy(page.purpose ?? headerValue(request.headers['x-stor-purpose'])) as string | null | undefined) ?? null);
  return {
    at,
    principal: request.principal ?? null,
    action: `${request.method} ${route}`,
    method: request.method,
    path: request.url.split('?')[0],
    query,
    status,
    orderId: (storableCopy(bounded(params.orderId)) as string | undefined) ?? found.orderId ?? page.orderId ?? null,
    subjectIds: [
      ...(page.subjectIds ?? []),
      ...(found.subject?.subjectId ? [found.subject.subjectId] : []),
      ...(Array.isArray(found.matches) ? found.matches.map((match) => match.subjectId) : []),
    ],
    purpose: bounded(purpose) ?? null,
    requestId: String(request.id),
    clientAddress: clientAddressFor(request.socket?.remoteAddress, request.headers['x-forwarded-for'], trustProxy),
    userAgent: storableCopy(userAgentOf(request.headers['user-agent'])) as string | null,
  };
}

/** Path parameters and purposes are bounded by validation when accepted; a refused request's are cut here. */
function bounded(value: string | null | undefined): string | null | undefined {
  return typeof value === 'string' && value.length > 200 ? value.slice(0, 200) : value;
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
