import type { DataSource } from 'typeorm';
import { jaroWinkler, queryKeys } from '#subject-matching';

/** More subjects than this by name are not judged one by one: the best by the index's own ranking go forward. */
const MOST_CANDIDATES = 100;
/** A query token is followed into at most this many register tokens (nearest first). */
const MOST_EXPANSIONS = 60;
/** How long the count of subjects, which weighs how rare a name is, may be reused. */
const SUBJECT_COUNT_TTL_MS = 30_000;
/**
 * The tables a check reads. Their planner statistics must follow the register's growth or the
 * planner, guessing, scans whole tables: embedded PGlite never analyses on its own (no autovacuum),
 * nor does a server with autovacuum off. Measured (bench/check-at-scale.mjs, 10,000 orders, never
 * analysed): the key look-up scanned all 258,552 keys, 36 ms, where the index answers in 0.4 ms.
 */
const CHECKED_TABLES = ['register_subjects', 'register_subject_names', 'register_subject_tokens', 'register_token_keys', 'register_name_tokens', 'register_orders'];
/** Statistics are refreshed when the subjects counted differ from the planner's idea by more than this share, plus a margin for small registers. */
const STALE_SHARE = 0.2;
const STALE_MARGIN = 500;
/**
 * How common a name is, judged from a register of any size: the register's own counts, smoothed
 * towards a prior of a name token borne by 1 in 500 people (as if 1,000 people had already been
 * seen), so that in a small register two namesakes do not make a name look common, and in a
 * national one the register's own frequencies rule.
 */
export const PRIOR_SUBJECTS = 1_000;
export const PRIOR_BEARERS = 2;

export interface NamedSubjects {
  subjectIds: string[];
  /** How many subjects bear each register token that any query token reached. */
  frequencies: Map<string, number>;
  /** Subjects on the register (with orders): the denominator of how common a name is. */
  subjects: number;
}

/**
 * Reads the name index: each query token's keys (spelling, one-letter slips, sound, variant and
 * English-form groups) lead to register tokens; subjects bearing those tokens are ranked by how
 * many query tokens they answer and how rare those names are (a Khan counts for less than a
 * Wiśniewski), preferring those born in or near the year asked, and the best few hundred go on
 * to be judged in full. Every step is an index look-up: no scan grows with the register.
 */
export class NameIndexLookup {
  private subjectCount: { value: number; at: number } | null = null;

  constructor(private readonly db: DataSource) {}

  async subjectsNamed(tokens: readonly string[], birthYear: number | null): Promise<NamedSubjects> {
    const subjects = await this.countSubjects();
    const keyOwners = new Map<string, number[]>();
    tokens.forEach((token, index) => {
      for (const key of queryKeys(token)) keyOwners.set(key, [...(keyOwners.get(key) ?? []), index]);
    });
    const reached: { key: string; token: string; subjects: number }[] = await this.db.query(
      `SELECT k.key, k.token, t.subjects FROM register_token_keys k JOIN register_name_tokens t ON t.token = k.token
        WHERE k.key = ANY($1::text[]) AND t.subjects > 0`,
      [[...keyOwners.keys()]],
    );
    const frequencies = new Map(reached.map((row) => [row.token, row.subjects]));
    const weights = tokens.map(() => new Map<string, number>());
    for (const row of reached) {
      for (const index of keyOwners.get(row.key) ?? []) {
        const asked = tokens[index] as string;
        const closeness = row.token === asked ? 1 : Math.max(0.6, jaroWinkler(asked, row.token));
        weights[index]?.set(row.token, closeness * rarity(row.subjects, subjects));
      }
    }
    const expansion = weights.flatMap((byToken, index) =>
      [...byToken]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MOST_EXPANSIONS)
        .map(([token, weight]) => ({ token, index, weight })),
    );
    if (expansion.length === 0) return { subjectIds: [], frequencies, subjects };
    const ranked: { subject_id: string }[] = await this.db.query(
      `WITH asked AS (SELECT * FROM unnest($1::text[], $2::int[], $3::float8[]) AS a(token, query_token, weight)),
            answers AS (
              SELECT st.subject_id, a.query_token, max(a.weight) AS weight, max(st.birth_year) AS birth_year
                FROM asked a
                CROSS JOIN LATERAL (
                  -- OFFSET 0 keeps this a look-up per asked token (an index scan), which the planner
                  -- would otherwise turn into a hash join over the whole posting table
                  SELECT p.subject_id, p.birth_year FROM register_subject_tokens p WHERE p.token = a.token OFFSET 0) st
               GROUP BY st.subject_id, a.query_token)
       SELECT subject_id::text AS subject_id FROM answers
        GROUP BY subject_id
        ORDER BY sum(weight) + CASE WHEN $4::int IS NOT NULL AND abs(max(birth_year) - $4::int) <= 1 THEN 8 ELSE 0 END DESC, subject_id
        LIMIT ${MOST_CANDIDATES}`,
      [expansion.map((e) => e.token), expansion.map((e) => e.index), expansion.map((e) => e.weight), birthYear],
    );
    return { subjectIds: ranked.map((row) => row.subject_id), frequencies, subjects };
  }

  private async countSubjects(): Promise<number> {
    const now = Date.now();
    if (this.subjectCount && now - this.subjectCount.at < SUBJECT_COUNT_TTL_MS) return this.subjectCount.value;
    const [row]: { subjects: string | number; all_subjects: string | number; planned: string | number | null }[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE has_orders) AS subjects, count(*) AS all_subjects,
              (SELECT reltuples FROM pg_class WHERE oid = 'register_subjects'::regclass) AS planned
         FROM register_subjects`,
    );
    this.subjectCount = { value: Math.max(1, Number(row?.subjects ?? 0)), at: now };
    const rows = Number(row?.all_subjects ?? 0);
    if (Math.abs(rows - Number(row?.planned ?? -1)) > rows * STALE_SHARE + STALE_MARGIN) await this.refreshStatistics();
    return this.subjectCount.value;
  }

  /** What autovacuum would do, for the tables a check reads, when it has not. */
  private async refreshStatistics(): Promise<void> {
    await this.db.query(`ANALYZE ${CHECKED_TABLES.join(', ')}`);
  }
}

/** Bits of evidence an agreeing name token carries: more for a name few subjects bear. */
function rarity(bearers: number, subjects: number): number {
  return Math.log2((subjects + PRIOR_SUBJECTS) / (bearers + PRIOR_BEARERS));
}
