import type { StoredLink } from './audit-chain.js';

/** The columns of one stored entry, in the shape linkFromRow reads. */
export const AUDIT_COLUMNS = `audit_id::text AS audit_id, seq, prev_hash, hash, at, actor_id, actor_name, actor_role, actor_force,
  action, method, path, query, status, order_id, subject_ids, purpose, request_id, client_address, user_agent`;

export function linkFromRow(row: Record<string, unknown>): StoredLink {
  return {
    auditId: String(row.audit_id),
    seq: row.seq === null || row.seq === undefined ? 0 : Number(row.seq),
    prevHash: (row.prev_hash as string | null) ?? '',
    hash: (row.hash as string | null) ?? '',
    at: new Date(row.at as string).toISOString(),
    actorId: (row.actor_id as string | null) ?? null,
    actorName: (row.actor_name as string | null) ?? null,
    actorRole: (row.actor_role as string | null) ?? null,
    actorForce: (row.actor_force as string | null) ?? null,
    action: row.action as string,
    method: row.method as string,
    path: row.path as string,
    query: (row.query as Record<string, unknown> | null) ?? {},
    status: Number(row.status),
    orderId: (row.order_id as string | null) ?? null,
    subjectIds: (row.subject_ids as string[] | null) ?? [],
    purpose: (row.purpose as string | null) ?? null,
    requestId: (row.request_id as string | null) ?? null,
    clientAddress: (row.client_address as string | null) ?? null,
    userAgent: (row.user_agent as string | null) ?? null,
  };
}
