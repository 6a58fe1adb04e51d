import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../tokens/principal.js';

export interface AuditEntry {
  at: Date;
  principal: Principal | null;
  action: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  orderId?: string | null;
  subjectIds?: string[];
  purpose?: string | null;
}

export interface AuditRecord {
  auditId: string;
  at: string;
  actor: { userId: string | null; name: string | null; role: string | null; force: string | null };
  action: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  status: number;
  orderId: string | null;
  subjectIds: string[];
  purpose: string | null;
}

/** Written to the database, never to the log: the query of a search names a real person. */
@Injectable()
export class AuditTrail {
  constructor(private readonly db: DataSource) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_trail (at, actor_id, actor_name, actor_role, actor_force, action, method, path, query, status, order_id, subject_ids, purpose)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12::text[], $13)`,
      [
        entry.at.toISOString(),
        entry.principal?.userId ?? null,
        entry.principal?.name ?? null,
        entry.principal?.role ?? null,
        entry.principal?.force ?? entry.principal?.region ?? null,
        entry.action,
        entry.method,
        entry.path,
        JSON.stringify(entry.query),
        entry.status,
        entry.orderId ?? null,
        entry.subjectIds ?? [],
        entry.purpose ?? null,
      ],
    );
  }

  async search(filter: { actor?: string; from?: string; to?: string; limit: number }): Promise<AuditRecord[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT audit_id::text AS id, at, actor_id, actor_name, actor_role, actor_force, action, method, path, query,
              status, order_id, subject_ids, purpose
         FROM audit_trail
        WHERE ($1::text IS NULL OR actor_id = $1)
          AND ($2::date IS NULL OR at >= $2::date)
          AND ($3::date IS NULL OR at < $3::date + 1)
        ORDER BY audit_trail.audit_id DESC
        LIMIT $4`,
      [filter.actor ?? null, filter.from ?? null, filter.to ?? null, filter.limit],
    );
    return rows.map((row) => ({
      auditId: String(row.id),
      at: new Date(row.at as string).toISOString(),
      actor: {
        userId: row.actor_id as string | null,
        name: row.actor_name as string | null,
        role: row.actor_role as string | null,
        force: row.actor_force as string | null,
      },
      action: row.action as string,
      method: row.method as string,
      path: row.path as string,
      query: row.query as Record<string, unknown>,
      status: row.status as number,
      orderId: row.order_id as string | null,
      subjectIds: row.subject_ids as string[],
      purpose: row.purpose as string | null,
    }));
  }
}
