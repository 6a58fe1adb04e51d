import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ChainBreak, ChainWalker, chainHash, type ChainedFields } from './audit-chain.js';
import { AUDIT_COLUMNS, linkFromRow } from './audit-rows.js';
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
  /** The request's id (also its X-Request-Id response header and in its log lines). */
  requestId?: string | null;
  /** The socket's address, or the proxy's X-Forwarded-For first hop when TRUST_PROXY=true. */
  clientAddress?: string | null;
  userAgent?: string | null;
}

export interface AuditRecord {
  auditId: string;
  seq: number;
  hash: string;
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
  requestId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
}

/** At most this many entries in one INSERT. */
const MOST_IN_ONE_WRITE = 500;
/**
 * Writes in flight at once. Appends to the chain are serialised by the head row's lock, so a second
 * write waits for the first's commit; while it waits, the requests arriving meanwhile gather into
 * the next batch rather than queueing one by one.
 */
const MOST_WRITES_IN_FLIGHT = 2;

/** Entries the verifier reads at a time. */
const VERIFY_PAGE = 2000;

const INSERT_ENTRIES = `INSERT INTO audit_trail (seq, prev_hash, hash, at, actor_id, actor_name, actor_role, actor_force, action, method, path,
     query, status, order_id, subject_ids, purpose, request_id, client_address, user_agent)
   SELECT e.seq, e.prev_hash, e.hash, e.at, e.actor_id, e.actor_name, e.actor_role, e.actor_force, e.action, e.method, e.path,
          e.query, e.status, e.order_id, ARRAY(SELECT jsonb_array_elements_text(e.subject_ids)), e.purpose, e.request_id,
          e.client_address, e.user_agent
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                 $10::text[], $11::text[], $12::jsonb[], $13::int[], $14::text[], $15::jsonb[], $16::text[], $17::text[], $18::text[], $19::text[])
          AS e(seq, prev_hash, hash, at, actor_id, actor_name, actor_role, actor_force, action, method, path, query, status, order_id,
               subject_ids, purpose, request_id, client_address, user_agent)`;

/** What an auditor may ask of the trail. */
export interface AuditFilter {
  /** A user id, or the name an auditor knows (case-insensitive). */
  actor?: string;
  /** Days, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  subjectId?: string;
  orderId?: string;
  /** Entries before this sequence number (the cursor `next` of the page before). */
  before?: number;
  limit: number;
}

export interface AuditPage {
  entries: AuditRecord[];
  /** The cursor for the next (older) page, or null when this is the last. */
  next: string | null;
}

export interface ChainVerdict {
  entries: number;
  firstBreak: ChainBreak | null;
}

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

  /** Appends the entries to the chain in one transaction, holding the head row's lock. */
  private async insert(entries: readonly AuditEntry[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [head]: { seq: string; hash: string }[] = await tx.query(`SELECT seq::text AS seq, hash FROM audit_chain_head FOR UPDATE`);
      if (!head) throw new Error('the audit chain has no head: run the migrations');
      let seq = Number(head.seq);
      let previous = head.hash;
      const links = entries.map((entry) => {
        seq += 1;
        const fields = chainedFields(entry, seq);
        const hash = chainHash(previous, fields);
        const link = { ...fields, prevHash: previous, hash };
        previous = hash;
        return link;
      });
      const column = <T>(value: (link: (typeof links)[number]) => T): T[] => links.map(value);
      await tx.query(INSERT_ENTRIES, [
        column((link) => link.seq),
        column((link) => link.prevHash),
        column((link) => link.hash),
        column((link) => link.at),
        column((link) => link.actorId),
        column((link) => link.actorName),
        column((link) => link.actorRole),
        column((link) => link.actorForce),
        column((link) => link.action),
        column((link) => link.method),
        column((link) => link.path),
        column((link) => JSON.stringify(link.query)),
        column((link) => link.status),
        column((link) => link.orderId),
        column((link) => JSON.stringify(link.subjectIds)),
        column((link) => link.purpose),
        column((link) => link.requestId),
        column((link) => link.clientAddress),
        column((link) => link.userAgent),
      ]);
      await tx.query(`UPDATE audit_chain_head SET seq = $1, hash = $2`, [seq, previous]);
    });
  }

  /** Newest first, a bounded page at a time; `next` continues with older entries. */
  async search(filter: AuditFilter): Promise<AuditPage> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${AUDIT_COLUMNS}
         FROM audit_trail
        WHERE ($1::text IS NULL OR actor_id = $1 OR lower(actor_name) = lower($1))
          AND ($2::date IS NULL OR at >= $2::date)
          AND ($3::date IS NULL OR at < $3::date + 1)
          AND ($4::text IS NULL OR subject_ids @> ARRAY[$4::text])
          AND ($5::text IS NULL OR order_id = $5)
          AND ($6::bigint IS NULL OR seq < $6::bigint)
        ORDER BY seq DESC
        LIMIT $7`,
      [filter.actor ?? null, filter.from ?? null, filter.to ?? null, filter.subjectId ?? null, filter.orderId ?? null, filter.before ?? null, filter.limit + 1],
    );
    const entries = rows.slice(0, filter.limit).map(recordFromRow);
    const last = entries.at(-1);
    return { entries, next: rows.length > filter.limit && last ? String(last.seq) : null };
  }

  /** Walks the whole chain in order: the first entry that does not follow from the one before, if any. */
  async verify(): Promise<ChainVerdict> {
    const walker = new ChainWalker();
    let after = 0;
    for (;;) {
      const rows: Record<string, unknown>[] = await this.db.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_trail WHERE seq > $1::bigint ORDER BY seq LIMIT ${VERIFY_PAGE}`,
        [after],
      );
      if (rows.length === 0) break;
      const links = rows.map(linkFromRow);
      const broken = walker.take(links);
      if (broken) return { entries: walker.entries, firstBreak: broken };
      after = links.at(-1)!.seq;
    }
    const [head]: { seq: string; hash: string }[] = await this.db.query(`SELECT seq::text AS seq, hash FROM audit_chain_head`);
    const end = walker.finish(head ? { seq: Number(head.seq), hash: head.hash } : { seq: -1, hash: '' });
    return { entries: walker.entries, firstBreak: end };
  }
}

/** What the chain covers of an entry, each text as stored. */
function chainedFields(entry: AuditEntry, seq: number): ChainedFields {
  return {
    seq,
    at: entry.at.toISOString(),
    actorId: entry.principal?.userId ?? null,
    actorName: entry.principal?.name ?? null,
    actorRole: entry.principal?.role ?? null,
    actorForce: entry.principal?.force ?? entry.principal?.region ?? null,
    action: entry.action,
    method: entry.method,
    path: entry.path,
    // Through JSON and back, as jsonb will hold it (undefined members gone).
    query: JSON.parse(JSON.stringify(entry.query ?? {})) as unknown,
    status: entry.status,
    orderId: entry.orderId ?? null,
    subjectIds: entry.subjectIds ?? [],
    purpose: entry.purpose ?? null,
    requestId: entry.requestId ?? null,
    clientAddress: entry.clientAddress ?? null,
    userAgent: entry.userAgent ?? null,
  };
}

function recordFromRow(row: Record<string, unknown>): AuditRecord {
  const link = linkFromRow(row);
  return {
    auditId: link.auditId,
    seq: link.seq,
    hash: link.hash,
    at: link.at,
    actor: { userId: link.actorId, name: link.actorName, role: link.actorRole, force: link.actorForce },
    action: link.action,
    method: link.method,
    path: link.path,
    query: link.query as Record<string, unknown>,
    status: link.status,
    orderId: link.orderId,
    subjectIds: [...link.subjectIds],
    purpose: link.purpose,
    requestId: link.requestId,
    clientAddress: link.clientAddress,
    userAgent: link.userAgent,
  };
}
