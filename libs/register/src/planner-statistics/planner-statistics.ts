import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The tables a subject check reads. Their planner statistics must follow the register's growth or
 * the planner, guessing, scans whole tables: embedded PGlite never analyses on its own (no
 * autovacuum), nor does a server with autovacuum off. Measured (bench/check-at-scale.mjs, 10,000
 * orders, never analysed): the key look-up scanned all 258,552 keys, 36 ms, where the index
 * answers in 0.4 ms.
 */
const CHECKED_TABLES = ['register_subjects', 'register_subject_names', 'register_subject_tokens', 'register_subject_pairs', 'register_token_keys', 'register_name_tokens', 'register_orders'];
/** Statistics are refreshed when the subjects counted differ from the planner's idea by more than this share, plus a margin for small registers. */
const STALE_SHARE = 0.2;
const STALE_MARGIN = 500;
/** How often the projector looks (a count of the subjects). */
const LOOK_EVERY_MS = 30_000;

/**
 * What autovacuum would do for the register, when it does not: run by the projector beside its
 * clock, never on a check's path.
 */
@Injectable()
export class PlannerStatistics {
  private lookedAt = 0;

  constructor(private readonly db: DataSource) {}

  /** ANALYZEs the checked tables when the register has outgrown the planner's statistics; true when it did. */
  async refreshIfOutgrown(): Promise<boolean> {
    const now = Date.now();
    if (now - this.lookedAt < LOOK_EVERY_MS) return false;
    this.lookedAt = now;
    const [row]: { subjects: string | number; planned: string | number | null }[] = await this.db.query(
      `SELECT count(*) AS subjects, (SELECT reltuples FROM pg_class WHERE oid = 'register_subjects'::regclass) AS planned FROM register_subjects`,
    );
    const subjects = Number(row?.subjects ?? 0);
    if (Math.abs(subjects - Number(row?.planned ?? -1)) <= subjects * STALE_SHARE + STALE_MARGIN) return false;
    await this.db.query(`ANALYZE ${CHECKED_TABLES.join(', ')}`);
    return true;
  }
}
