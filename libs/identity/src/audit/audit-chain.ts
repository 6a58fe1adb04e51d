import { createHash } from 'node:crypto';

/** The hash an empty trail's first entry follows. */
export const GENESIS_HASH = '0'.repeat(64);

/** One entry's fields as the chain covers them: exactly what the table stores, nothing derived. */
export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  actorForce: string | null;
  action: string;
  method: string;
  path: string;
  query: unknown;
  status: number;
  orderId: string | null;
  subjectIds: readonly string[];
  purpose: string | null;
  requestId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
}

/**
 * The canonical form of an entry: JSON of its fields in a fixed order, objects' keys sorted at every
 * depth (jsonb keeps its own key order, so what is read back hashes as what was written), absent
 * values as null, and the time as ISO 8601 to the millisecond.
 */
export function canonicalEntry(fields: ChainedFields): string {
  return canonicalJson([
    fields.seq,
    new Date(fields.at).toISOString(),
    fields.actorId,
    fields.actorName,
    fields.actorRole,
    fields.actorForce,
    fields.action,
    fields.method,
    fields.path,
    fields.query ?? {},
    fields.status,
    fields.orderId,
    [...fields.subjectIds],
    fields.purpose,
    fields.requestId,
    fields.clientAddress,
    fields.userAgent,
  ]);
}

/** SHA-256 (hex) over the previous entry's hash and this entry's canonical form. */
export function chainHash(previousHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonicalEntry(fields)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A stored entry as the verifier reads it. */
export interface StoredLink extends ChainedFields {
  auditId: string;
  prevHash: string;
  hash: string;
}

export interface ChainBreak {
  seq: number;
  auditId: string;
  reason: string;
}

/**
 * Walks entries in chain order (a page at a time) and returns the first that does not follow from
 * the one before: a sequence gap (an entry removed), a previous hash that is not the last entry's
 * (removed or reordered), or a hash its fields do not give (edited).
 */
export class ChainWalker {
  private expectedSeq = 1;
  private previousHash = GENESIS_HASH;
  private lastAuditId = '';

  /** The break among these entries, if any; call with each next page. */
  take(links: readonly StoredLink[]): ChainBreak | null {
    for (const link of links) {
      const at = { seq: link.seq, auditId: link.auditId };
      if (link.seq !== this.expectedSeq) {
        return { ...at, reason: `sequence number ${link.seq} where ${this.expectedSeq} was due (an entry is missing or out of order)` };
      }
      if (link.prevHash !== this.previousHash) {
        return { ...at, reason: `its previous hash is not the hash of entry ${this.expectedSeq - 1} (an entry before it was removed, reordered or rewritten)` };
      }
      if (chainHash(link.prevHash, link) !== link.hash) {
        return { ...at, reason: 'its fields do not give its hash (the entry was edited)' };
      }
      this.expectedSeq += 1;
      this.previousHash = link.hash;
      this.lastAuditId = link.auditId;
    }
    return null;
  }

  /** After the last page: the head the trail recorded must be the last entry walked (nothing cut off the end). */
  finish(head: { seq: number; hash: string }): ChainBreak | null {
    const last = this.expectedSeq - 1;
    if (head.seq === last && head.hash === this.previousHash) return null;
    return {
      seq: last + 1,
      auditId: this.lastAuditId,
      reason: `the trail's head is entry ${head.seq} but the chain ends at entry ${last} (entries after it were removed or the head rewritten)`,
    };
  }

  get entries(): number {
    return this.expectedSeq - 1;
  }
}
