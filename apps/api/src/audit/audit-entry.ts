import type { FastifyRequest } from 'fastify';
import type { AuditEntry, AuthenticatedRequest } from '#identity';
import { storableCopy } from '../validation/storable-text.pipe.js';

/** What the audit trail keeps of one API request: who, what route, what they asked, what came back. */
export function auditEntryFor(
  request: FastifyRequest & AuthenticatedRequest,
  status: number,
  at: Date,
  response: unknown,
): AuditEntry {
  const route = request.routeOptions?.url ?? request.url.split('?')[0];
  const params = (request.params ?? {}) as Record<string, string>;
  // A refused request may carry text the database cannot hold; the trail keeps a faithful-enough copy.
  const query = storableCopy(request.query ?? {}) as Record<string, unknown>;
  const found = (response ?? {}) as { orderId?: string; subject?: { subjectId?: string }; matches?: { subjectId: string }[] };
  const purpose = typeof query.purpose === 'string' ? query.purpose : (storableCopy(headerValue(request.headers['x-stor-purpose'])) as string | null);
  return {
    at,
    principal: request.principal ?? null,
    action: `${request.method} ${route}`,
    method: request.method,
    path: request.url.split('?')[0],
    query,
    status,
    orderId: (storableCopy(params.orderId) as string | undefined) ?? found.orderId ?? null,
    subjectIds: [
      ...(found.subject?.subjectId ? [found.subject.subjectId] : []),
      ...(Array.isArray(found.matches) ? found.matches.map((match) => match.subjectId) : []),
    ],
    purpose,
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
