import type { MigrationInterface, QueryRunner } from 'typeorm';
import { chainHash, GENESIS_HASH } from './audit-chain.js';
import { AUDIT_COLUMNS, linkFromRow } from './audit-rows.js';

/** Entries chained a page at a time while the migration runs. */
const PAGE = 1000;

/**
 * The audit trail becomes a hash chain: each entry carries a gap-free sequence number, the hash of
 * the entry before and its own; a single-row head records the last. Each entry also says which
 * request it was (request id, client address, user agent). Existing entries are chained in the
 * order they were written. From here the table refuses UPDATE, DELETE and TRUNCATE.
 */
export class AuditTrailChain1765200000400 implements MigrationInterface {
  name = 'AuditTrailChain1765200000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE audit_trail
        ADD COLUMN seq bigint,
        ADD COLUMN prev_hash text,
        ADD COLUMN hash text,
        ADD COLUMN request_id text,
        ADD COLUMN client_address text,
        ADD COLUMN user_agent text`);
    await db.query(`
      CREATE TABLE audit_chain_head (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        seq bigint NOT NULL,
        hash text NOT NULL
      )`);
    let seq = 0;
    let previous = GENESIS_HASH;
    let after = '0';
    for (;;) {
      const rows: Record<string, unknown>[] = await db.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_trail WHERE audit_id > $1::bigint ORDER BY audit_id LIMIT ${PAGE}`,
        [after],
      );
      if (rows.length === 0) break;
      const ids: string[] = [];
      const seqs: number[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      for (const row of rows) {
        seq += 1;
        const link = { ...linkFromRow(row), seq };
        const hash = chainHash(previous, link);
        ids.push(link.auditId);
        seqs.push(seq);
        prevs.push(previous);
        hashes.push(hash);
        previous = hash;
        after = link.auditId;
      }
      await db.query(
        `UPDATE audit_trail SET seq = c.seq, prev_hash = c.prev_hash, hash = c.hash
           FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS c(audit_id, seq, prev_hash, hash)
          WHERE audit_trail.audit_id = c.audit_id`,
        [ids, seqs, prevs, hashes],
      );
    }
    await db.query(`INSERT INTO audit_chain_head (seq, hash) VALUES ($1, $2)`, [seq, previous]);
    await db.query(`ALTER TABLE audit_trail ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX audit_trail_by_seq ON audit_trail (seq)`);
    await db.query(`CREATE INDEX audit_trail_by_order ON audit_trail (order_id, seq) WHERE order_id IS NOT NULL`);
    await db.query(`CREATE INDEX audit_trail_by_subject ON audit_trail USING gin (subject_ids)`);
    await db.query(`CREATE INDEX audit_trail_by_actor_name ON audit_trail (lower(actor_name), seq)`);
    await db.query(`
      CREATE FUNCTION audit_trail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
        FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
        FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change()`);
    // The head only moves forward, one append at a time; it is never removed.
    await db.query(`
      CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' OR NEW.seq <= OLD.seq THEN
          RAISE EXCEPTION 'the audit chain head only moves forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
        FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_chain_head`);
    await db.query(`DROP FUNCTION audit_chain_head_forward_only()`);
    await db.query(`DROP TRIGGER audit_trail_no_truncate ON audit_trail`);
    await db.query(`DROP TRIGGER audit_trail_append_only ON audit_trail`);
    await db.query(`DROP FUNCTION audit_trail_refuse_change()`);
    await db.query(`DROP INDEX audit_trail_by_seq, audit_trail_by_order, audit_trail_by_subject, audit_trail_by_actor_name`);
    await db.query(`
      ALTER TABLE audit_trail DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash,
        DROP COLUMN request_id, DROP COLUMN client_address, DROP COLUMN user_agent`);
  }
}
