import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '#platform';
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
/**
 * Writes in flight at once: a request's entry does not wait behind another's commit (under a
 * steady roadside load most writes hold one entry, and their commits are flushed together).
 */
const MOST_WRITES_IN_FLIGHT = 4;

/** Prepared once per connection: the entries as arrays, one element each (subject ids as JSON, an array each). */
const INSERT_ENTRIES = new PreparedStatement(
  'audit_trail_insert',
  `INSERT INTO audit_trail (at, actor_id, actor_name, actor_role, actor_force, action, method, path, query, status, order_id, subject_ids, purpose)
   SELECT e.at, e.actor_id, e.actor_name, e.actor_role, e.actor_force, e.action, e.method, e.path, e.query, e.status, e.order_id,
          ARRAY(SELECT jsonb_array_elements_text(e.subject_ids)), e.purpose
     FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[],
                 $10::int[], $11::text[], $12::jsonb[], $13::text[])
          AS e(at, actor_id, actor_name, actor_role, actor_force, action, method, path, query, status, order_id, subject_ids, purpose)`,
);

interface Waiting {
  entry: AuditEntry;
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * Written to the database, never to the log: the query of a search names a real person. Each
 * request waits until its entry is written (committed); entries of requests arriving together are
 * written in one statement, and a few writes may be in flight at once, so a busy roadside hour costs
 * a few inserts a second, and no check waits for another's.
 */
@Injectable()
export class AuditTrail {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(private readonly db: DataSource) {}

  record(entry: AuditEntry): Promise<void> {
    return new Promise<void>((written, failed) => {
      this.waiting.push({ entry, written, failed });
      if (this.scheduled) return;
      this.scheduled = true;
      // Requests answered in the same turn of the event loop join one write.
      setImmediate(this.writeWaiting);
    });
  }

  private readonly writeWaiting = (): void => {
    this.scheduled = false;
    while (this.waiting.length > 0 && this.inFlight < MOST_WRITES_IN_FLIGHT) {
      const batch = this.waiting.splice(0, MOST_IN_ONE_WRITE);
      this.inFlight += 1;
      void this.write(batch).finally(() => {
        this.inFlight -= 1;
        this.writeWaiting();
      });
    }
  };

  private async write(batch: readonly Waiting[]): Promise<void> {
    try {
      await this.insert(batch.map((waiting) => waiting.entry));
      for (const waiting of batch) waiting.written();
    } catch (error) {
      // One entry the database refuses must not lose the others: each on its own, each told.
      if (batch.length === 1) batch[0]?.failed(error);
      else for (const waiting of batch) await this.insert([waiting.entry]).then(waiting.written, waiting.failed);
    }
  }

  private async insert(entries: readonly AuditEntry[]): Promise<void> {
    const column = <T>(value: (entry: AuditEntry) => T): T[] => entries.map(value);
    await INSERT_ENTRIES.run(this.db, [
      column((entry) => entry.at.toISOString()),
      column((entry) => entry.principal?.userId ?? null),
      column((entry) => entry.principal?.name ?? null),
      column((entry) => entry.principal?.role ?? null),
      column((entry) => entry.principal?.force ?? entry.principal?.region ?? null),
      column((entry) => entry.action),
      column((entry) => entry.method),
      column((entry) => entry.path),
      column((entry) => JSON.stringify(entry.query)),
      column((entry) => entry.status),
      column((entry) => entry.orderId ?? null),
      column((entry) => JSON.stringify(entry.subjectIds ?? [])),
      column((entry) => entry.purpose ?? null),
    ]);
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
