import type { DataSource } from 'typeorm';
import { rowsReturned } from '#platform';
import { keyEncryptionKey, newDataKey, openText, sealText } from './field-cipher.js';

/** A subject's data key; 'erased' once destroyed. A subject with neither was recorded before sealing began. */
export type SubjectKey = Buffer | 'erased';

/** A subject's key does not open under this signing key: AUTH_SECRET (or the key file) is not the one it was sealed with. */
export class SubjectKeyUnreadable extends Error {
  constructor() {
    super("a subject's data key does not open under this signing key: was AUTH_SECRET changed?");
  }
}

export interface Erasure {
  subjectId: string;
  erasedAt: string;
  erasedBy: string;
  /** False when this call found the key already destroyed. */
  now: boolean;
}

/**
 * The per-subject data keys, in `subject_keys` (PostgreSQL, whichever store holds the log): each
 * sealed at rest under a key derived from the signing key and bound to its subject's id. No cache:
 * an erasure in one process is seen by the next read in every other.
 */
export class SubjectKeys {
  private readonly kek: Buffer;

  constructor(
    private readonly db: Pick<DataSource, 'query'>,
    signingKey: Uint8Array,
  ) {
    this.kek = keyEncryptionKey(signingKey);
  }

  async keysOf(subjectIds: readonly string[]): Promise<Map<string, SubjectKey>> {
    if (subjectIds.length === 0) return new Map();
    const rows: { subject_id: string; sealed_key: string | null }[] = await this.db.query(
      `SELECT subject_id, sealed_key FROM subject_keys WHERE subject_id = ANY($1::text[])`,
      [[...new Set(subjectIds)]],
    );
    return new Map(rows.map((row) => [row.subject_id, row.sealed_key === null ? 'erased' : this.unwrap(row.sealed_key, row.subject_id)]));
  }

  /** Makes a key for each subject that has none yet; returns every one's key (or 'erased'). */
  async keysMadeFor(subjectIds: readonly string[]): Promise<Map<string, SubjectKey>> {
    const unique = [...new Set(subjectIds)];
    if (unique.length === 0) return new Map();
    await this.db.query(
      `INSERT INTO subject_keys (subject_id, sealed_key)
       SELECT unnest($1::text[]), unnest($2::text[])
       ON CONFLICT (subject_id) DO NOTHING`,
      [unique, unique.map((subjectId) => sealText(this.kek, newDataKey().toString('base64url'), subjectId))],
    );
    return this.keysOf(unique);
  }

  async subjectsOfOrders(orderIds: readonly string[]): Promise<Map<string, string>> {
    if (orderIds.length === 0) return new Map();
    const rows: { order_id: string; subject_id: string }[] = await this.db.query(
      `SELECT order_id, subject_id FROM subject_key_orders WHERE order_id = ANY($1::text[])`,
      [[...new Set(orderIds)]],
    );
    return new Map(rows.map((row) => [row.order_id, row.subject_id]));
  }

  async linkOrders(links: ReadonlyMap<string, string>): Promise<void> {
    if (links.size === 0) return;
    await this.db.query(
      `INSERT INTO subject_key_orders (order_id, subject_id) SELECT unnest($1::text[]), unnest($2::text[]) ON CONFLICT (order_id) DO NOTHING`,
      [[...links.keys()], [...links.values()]],
    );
  }

  /**
   * Destroys the subject's key; the row stays, saying when, by whom and why. Null when the subject
   * has no key (never sealed: recorded before sealing began, or not on the register).
   */
  async erase(subjectId: string, by: { userId: string; role: string }, reason: string, at: Date): Promise<Erasure | null> {
    // An UPDATE comes back from TypeORM as [rows, count].
    const destroyed = rowsReturned<{ erased_at: Date }>(await this.db.query(
      `UPDATE subject_keys SET sealed_key = NULL, erased_at = $2, erased_by = $3, erased_role = $4, erasure_reason = $5
        WHERE subject_id = $1 AND sealed_key IS NOT NULL
        RETURNING erased_at`,
      [subjectId, at.toISOString(), by.userId, by.role, reason],
    ));
    if (destroyed.length > 0) return { subjectId, erasedAt: at.toISOString(), erasedBy: by.userId, now: true };
    const [held]: { erased_at: Date | string | null; erased_by: string | null }[] = await this.db.query(
      `SELECT erased_at, erased_by FROM subject_keys WHERE subject_id = $1`,
      [subjectId],
    );
    if (!held || held.erased_at === null) return null;
    return { subjectId, erasedAt: new Date(held.erased_at).toISOString(), erasedBy: held.erased_by ?? '', now: false };
  }

  private unwrap(sealed: string, subjectId: string): SubjectKey {
    const key = openText(this.kek, sealed, subjectId);
    // Never read as erased (new facts would be written as the marker): the signing key changed, say so.
    if (key === null) throw new SubjectKeyUnreadable();
    return Buffer.from(key, 'base64url');
  }
}
