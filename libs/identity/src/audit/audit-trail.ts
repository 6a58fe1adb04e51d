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

/** At most this many entries in one INSERT. */
const MOST_IN_ONE_WRITE = 500;

interface Waiting {
  entry: AuditEntry;
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * Written to the database, never to the log: the query of a search names a real person. Each
 * request waits until its entry is written; entries of requests arriving together are written in
 * one statement (while one write is in flight the next gathers), so a busy roadside hour costs a
 * few inserts a second, not one per check.
 */
@Injectable()
export class AuditTrail {
  private waiting: Waiting[] = [];
  private writing: Promise<void> | null = null;

  constructor(private readonly db: DataSource) {}

  record(entry: AuditEntry): Promise<void> {
    return new Promise<void>((written, failed) => {
      this.waiting.push({ entry, written, failed });
      this.writing ??= this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    // Requests answered in the same turn of the event loop join this write.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MOST_IN_ONE_WRITE);
      try {
        await this.insert(batch.map((waiting) => waiting.entry));
        for (const waiting of batch) waiting.written();
      } catch (error) {
        // One entry the database refuses must not lose the others: each on its own, each told.
        if (batch.length === 1) batch[0]?.failed(error);
        else for (const waiting of batch) await this.insert([waiting.entry]).then(waiting.written, waiting.failed);
      }
    }
    this.writing = null;
  }

  private async insert(entries: readonly AuditEntry[]): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_trail (at, actor_id, actor_name, actor_role, actor_force, action, method, path, query, status, order_id, subject_ids, purpose)
       SELECT e.at, e.actor_id, e.actor_name, e.actor_role, e.actor_force, e.action, e.method, e.path, e.query, e.status, e.order_id,
              ARRAY(SELECT jsonb_array_elements_text(e.subject_ids)), e.purpose
         FROM jsonb_to_recordset($1::jsonb) AS e(at timestamptz, actor_id text, actor_name text, actor_role text, actor_force text,
              action text, method text, path text, query jsonb, status integer, order_id text, subject_ids jsonb, purpose text)`,
      [
        JSON.stringify(
          entries.map((entry) => ({
            at: entry.at.toISOString(),
            actor_id: entry.principal?.userId ?? null,
            actor_name: entry.principal?.name ?? null,
            actor_role: entry.principal?.role ?? null,
            actor_force: entry.principal?.force ?? entry.principal?.region ?? null,
            action: entry.action,
            method: entry.method,
            path: entry.path,
            query: entry.query,
            status: entry.status,
            order_id: entry.orderId ?? null,
            subject_ids: entry.subjectIds ?? [],
            purpose: entry.purpose ?? null,
          })),
        ),
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
