import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { storedCheckpointSql } from '#event-store';

/**
 * The tables a subject check reads, and those the name index is kept and read whole from. Their planner statistics must follow the register's growth or
 * the planner, guessing, scans whole tables; and the row versions every projected change leaves
 * behind must be cleared or each look-up wades through them. Embedded PGlite never does either on
 * its own (no autovacuum), nor does a server with autovacuum off. Measured (bench/check-at-scale.mjs,
 * 10,000 orders): never analysed, the key look-up scanned all 258,552 keys, 36 ms, where the index
 * answers in 0.4 ms; never vacuumed, reading 84 candidates by primary key took 1.1 ms, not 0.1.
 */
const CHECKED_TABLES = [
  'register_subjects',
  'register_subject_names',
  'register_subject_tokens',
  'register_token_keys',
  'register_name_tokens',
  'register_orders',
  // read by the expiry clock every tick: at 150,000 orders, never vacuumed, its look-up waded
  // through 500 dead rows (4 ms) to find none
  'register_prohibitions_in_force',
];
/** Statistics are refreshed when the subjects counted differ from the planner's idea by more than this share, plus a margin for small registers. */
const STALE_SHARE = 0.2;
const STALE_MARGIN = 500;
/** The tables are vacuumed once the register has taken this many events per subject since the last time, or the margin for small registers. */
const CHURN_PER_SUBJECT = 0.2;
const CHURN_MARGIN = 5_000;
/**
 * A vacuum is due when fewer than this share of the checked tables' pages are marked all-visible
 * (index-only look-ups then visit the table for every entry: after a migration rewrote a table, a
 * check cost half as much again), once the tables are larger than the margin.
 */
const ALL_VISIBLE_SHARE = 0.5;
const ALL_VISIBLE_MARGIN_PAGES = 1_000;
/** How often the projector looks (a count of the subjects, the register's position). */
const LOOK_EVERY_MS = 30_000;

export interface RegisterLook {
  /** Subjects on the register. */
  subjects: number;
  /** The planner's idea of how many (`reltuples`; -1 never analysed). */
  planned: number;
  /** The register's position in the log now, and at the last vacuum. */
  position: number;
  vacuumedAt: number;
  /** Pages of the checked tables, and how many of them the visibility map marks all-visible. */
  pages: number;
  allVisible: number;
}

/** What the register's tables need, from one look at it: a vacuum (which analyses too) before an analysis alone. */
export function upkeepDue({ subjects, planned, position, vacuumedAt, pages, allVisible }: RegisterLook): 'vacuum' | 'analyse' | null {
  if (position - vacuumedAt > subjects * CHURN_PER_SUBJECT + CHURN_MARGIN) return 'vacuum';
  if (pages > ALL_VISIBLE_MARGIN_PAGES && allVisible < pages * ALL_VISIBLE_SHARE) return 'vacuum';
  if (Math.abs(subjects - planned) > subjects * STALE_SHARE + STALE_MARGIN) return 'analyse';
  return null;
}

/**
 * What autovacuum would do for the register, when it does not: run by the projector beside its
 * clock, and by the seed when it has filled the register, never on a check's path.
 */
@Injectable()
export class RegisterUpkeep {
  private lookedAt = 0;
  /** The register's position at the last vacuum, or when this process first looked. */
  private vacuumedAt: number | null = null;

  constructor(private readonly db: DataSource) {}

  /**
   * ANALYZEs the checked tables when the register has outgrown the planner's statistics, VACUUMs
   * them when it has changed enough. `vacuum: false` (a seed, which vacuums once when it has filled
   * the register) analyses instead: vacuuming tables that are still growing cost a national seed 8
   * vacuums and 16 s of the database's time.
   */
  async keepUp({ vacuum = true }: { vacuum?: boolean } = {}): Promise<'vacuumed' | 'analysed' | null> {
    const now = Date.now();
    if (now - this.lookedAt < LOOK_EVERY_MS) return null;
    this.lookedAt = now;
    const [row]: {
      subjects: string | number;
      planned: string | number | null;
      position: string | number | null;
      pages: string | number | null;
      all_visible: string | number | null;
    }[] = await this.db.query(
      `SELECT count(*) AS subjects,
              (SELECT reltuples FROM pg_class WHERE oid = 'register_subjects'::regclass) AS planned,
              ${storedCheckpointSql('register', 'position')} AS position,
              (SELECT sum(relpages) FROM pg_class WHERE relname = ANY($1::text[]) AND relnamespace = 'public'::regnamespace) AS pages,
              (SELECT sum(relallvisible) FROM pg_class WHERE relname = ANY($1::text[]) AND relnamespace = 'public'::regnamespace) AS all_visible
         FROM register_subjects`,
      [CHECKED_TABLES],
    );
    const position = Number(row?.position ?? 0);
    this.vacuumedAt ??= position;
    const due = upkeepDue({
      subjects: Number(row?.subjects ?? 0),
      planned: Number(row?.planned ?? -1),
      position,
      vacuumedAt: this.vacuumedAt,
      pages: Number(row?.pages ?? 0),
      allVisible: Number(row?.all_visible ?? 0),
    });
    if (due === 'vacuum' && vacuum) {
      await this.vacuum();
      this.vacuumedAt = position;
      return 'vacuumed';
    }
    if (due !== null) {
      await this.db.query(`ANALYZE ${CHECKED_TABLES.join(', ')}`);
      return 'analysed';
    }
    return null;
  }

  /** Clears old row versions and refreshes statistics now (VACUUM runs outside a transaction, as every query of the data source does). */
  async vacuum(): Promise<void> {
    await this.db.query(`VACUUM (ANALYZE) ${CHECKED_TABLES.join(', ')}`);
  }
}
