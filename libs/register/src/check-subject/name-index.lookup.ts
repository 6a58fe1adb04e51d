import type { DataSource } from 'typeorm';
import { jaroWinkler, joinedOf, queryKeys, type TokenFrequency } from '#subject-matching';
import { pairKey } from '../projection/subject-names.js';

/** More subjects than this by name are not judged one by one: the best by the index's own ranking go forward. */
const MOST_CANDIDATES = 100;
/** A query token is followed into at most this many register tokens (nearest first). */
const MOST_EXPANSIONS = 20;
/** …and into at most this many when paired with another query token. */
const MOST_PAIRED_EXPANSIONS = 8;
/** How long the count of subjects, which weighs how rare a name is, may be reused. */
const SUBJECT_COUNT_TTL_MS = 30_000;
/**
 * How common a name is, judged from a register of any size: the register's own counts, smoothed
 * towards a prior of a name token borne by 1 in 500 people (as if 1,000 people had already been
 * seen), so that in a small register two namesakes do not make a name look common, and in a
 * national one the register's own frequencies rule.
 */
const PRIOR_SUBJECTS = 1_000;
const PRIOR_BEARERS = 2;

export interface NamedSubjects {
  subjectIds: string[];
  /** How many subjects bear a register token that a query token reached, smoothed towards the prior. */
  frequency: TokenFrequency;
  /** Subjects on the register (with orders), smoothed likewise: the denominator of how common a name is. */
  subjects: number;
}

/**
 * Reads the name index: each query token's keys (spelling, one-letter slips, sound, variant and
 * English-form groups) lead to register tokens; then the candidates are those who bear two of
 * them together in one name (the namesakes: however common each name is alone, only they are
 * read), best answered first, those born nearest the year asked first; those born within a year
 * of it bearing any of them (a surname and a date of birth); and, for a single name, those bearing
 * it. Each is bounded, so a check reads about as much at 150,000 orders as at 10,000. The scorer
 * then judges each candidate in full.
 */
export class NameIndexLookup {
  private subjectCount: { value: number; at: number } | null = null;

  constructor(private readonly db: DataSource) {}

  /** `oneName`: the query is a single name (a surname alone), looked up name by name rather than by pairs. */
  async subjectsNamed(tokens: readonly string[], birthYear: number | null, oneName: boolean): Promise<NamedSubjects> {
    const counted = await this.countSubjects();
    const keyOwners = new Map<string, number[]>();
    tokens.forEach((token, index) => {
      for (const key of queryKeys(token)) keyOwners.set(key, [...(keyOwners.get(key) ?? []), index]);
    });
    const reached: { key: string; token: string; subjects: number }[] = await this.db.query(
      `SELECT k.key, k.token, t.subjects FROM register_token_keys k JOIN register_name_tokens t ON t.token = k.token
        WHERE k.key = ANY($1::text[]) AND t.subjects > 0`,
      [[...keyOwners.keys()]],
    );
    const bearers = new Map(reached.map((row) => [row.token, row.subjects]));
    const frequency = (token: string) => (bearers.get(token) ?? 0) + PRIOR_BEARERS;
    const subjects = counted + PRIOR_SUBJECTS;
    // Each query token's register tokens, nearest first, then the more borne (the usual spelling of a
    // name before its rare forms): what it may stand for.
    const reachedBy = tokens.map(() => new Map<string, number>());
    for (const row of reached) {
      for (const index of keyOwners.get(row.key) ?? []) {
        const asked = tokens[index] as string;
        const closeness = closenessOf(asked, row.token, row.key);
        const byToken = reachedBy[index] as Map<string, number>;
        byToken.set(row.token, Math.max(byToken.get(row.token) ?? 0, closeness + Math.log2(1 + row.subjects) / 10_000));
      }
    }
    const nearest = reachedBy.map((byToken) => [...byToken].sort((a, b) => b[1] - a[1]).map(([token]) => token));
    const expansions = [...new Set(nearest.flatMap((list) => list.slice(0, MOST_EXPANSIONS)))];
    if (expansions.length === 0) return { subjectIds: [], frequency, subjects };
    const ranked: { subject_id: string }[] = await this.db.query(
      `WITH by_pair AS (
              SELECT subject_id FROM register_subject_pairs WHERE pair = ANY($1::text[])
               GROUP BY subject_id
               ORDER BY count(*) DESC, min(abs(coalesce(birth_year, 0) - coalesce($3::int, 0))), subject_id
               LIMIT ${MOST_CANDIDATES}),
            by_year AS (
              SELECT subject_id FROM register_subject_tokens
               WHERE $3::int IS NOT NULL AND token = ANY($2::text[]) AND birth_year BETWEEN $3::int - 1 AND $3::int + 1
               LIMIT ${MOST_CANDIDATES}),
            by_name AS (
              SELECT subject_id FROM register_subject_tokens WHERE $4::boolean AND token = ANY($2::text[])
               LIMIT ${MOST_CANDIDATES})
       SELECT subject_id::text AS subject_id FROM by_pair
       UNION SELECT subject_id::text FROM by_year
       UNION SELECT subject_id::text FROM by_name`,
      [pairKeys(tokens, nearest), expansions, birthYear, oneName],
    );
    return { subjectIds: ranked.map((row) => row.subject_id), frequency, subjects };
  }

  private async countSubjects(): Promise<number> {
    const now = Date.now();
    if (this.subjectCount && now - this.subjectCount.at < SUBJECT_COUNT_TTL_MS) return this.subjectCount.value;
    const [row]: { subjects: string | number }[] = await this.db.query(`SELECT count(*) AS subjects FROM register_subjects WHERE has_orders`);
    this.subjectCount = { value: Math.max(1, Number(row?.subjects ?? 0)), at: now };
    return this.subjectCount.value;
  }
}

/**
 * How near a register token is to the query token that reached it: the same spelling, then a name
 * of the same curated group (a transliteration, an English form: Ion and John look nothing alike),
 * then by Jaro–Winkler for slips and sounds.
 */
function closenessOf(asked: string, reached: string, key: string): number {
  if (reached === asked) return 1;
  if (key.startsWith('@')) return 0.95;
  return Math.max(0.6, jaroWinkler(asked, reached));
}



/**
 * The name index's pair keys a full name is looked up by: for each two query tokens that are not
 * a joined neighbour and one of its parts, each two register tokens they may stand for. Reads only the namesakes, however common each name is alone.
 */
function pairKeys(tokens: readonly string[], nearest: readonly string[][]): string[] {
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j < tokens.length; j++) {
      if (joinedOf(tokens[i] as string, tokens[j] as string, tokens)) continue;
      for (const x of (nearest[i] ?? []).slice(0, MOST_PAIRED_EXPANSIONS)) {
        for (const y of (nearest[j] ?? []).slice(0, MOST_PAIRED_EXPANSIONS)) {
          if (x === y) continue;
          keys.add(pairKey(x, y));
        }
      }
    }
  }
  return [...keys];
}
