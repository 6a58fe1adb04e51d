import type { DataSource } from 'typeorm';
import { datesAgreeingWith, joinedOf, PLACEHOLDER_YEARS_TOLERATED, type TokenFrequency } from '#subject-matching';
import { pairKey } from '../projection/subject-names.js';
import { type TokenReach, Vocabulary } from './vocabulary.js';

/** More subjects than this by name are not judged one by one: the best by the index's own ranking go forward. */
const MOST_CANDIDATES = 50;
/**
 * Of the bearers of one pair of names, at most this many are read each side of the year of birth
 * asked (the nearest), and this many with no date of birth: a common name reads as much as a rare one.
 */
const MOST_PER_PAIR = 100;
/**
 * Of the bearers of a name born a year either side of the year asked, at most this many are read:
 * only a 1 January stand-in or a rare name is returned with a year that differs (the same day a year
 * apart, for a full date, is read by date).
 */
const MOST_A_YEAR_APART = 20;
/** A query token is followed into at most this many register tokens (nearest first). */
const MOST_EXPANSIONS = 20;
/** …and into at most this many when paired with another query token… */
const MOST_PAIRED_EXPANSIONS = 8;
/** …or this many in a name of three parts or more, whose several pairs each find the person. */
const MOST_PAIRED_EXPANSIONS_IN_LONG_NAMES = 5;
/**
 * …and at most this many pairs in all, the nearest: a name of three parts with its joined forms
 * ("Văn An Nguyễn": van, an, nguyen, vanan, annguyen…) made over 400, each three index probes, for
 * spellings that differ from the asked name in two places at once.
 */
const MOST_PAIRS = 150;
/** Query tokens whose reach in the vocabulary is remembered between checks (~3.4 KB each at 150,000 orders). */
const MOST_TOKENS_REMEMBERED = 10_000;
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

export interface NameSearch {
  /** Pair keys of two register tokens the name may stand for, borne together in one name. */
  pairs: string[];
  /** The register tokens the query's tokens reached, nearest first. */
  tokens: string[];
  /** For each of `tokens`, which of the query's tokens reached it first (its index). */
  tokenParts: number[];
  birthYear: number | null;
  /** For a full date of birth asked, the dates that agree with it in full (`datesAgreeingWith`); else none. */
  birthDates: string[];
  /** The query is a single name (a surname alone), looked up name by name rather than by pairs. */
  oneName: boolean;
  /** Of `tokens`, those borne by so few that all their bearers are read, whatever the year asked. */
  fewBorne: string[];
  /** How many subjects bear a register token that a query token reached, smoothed towards the prior. */
  frequency: TokenFrequency;
  /** Subjects on the register (with orders), smoothed likewise: the denominator of how common a name is. */
  subjects: number;
  /** The register's version the vocabulary was read from, and whether it was remembered from an earlier check. */
  vocabulary: { version: string; remembered: boolean };
}

/**
 * The candidates a name search reaches, as SQL common table expressions ending in `named_subjects`.
 * Parameters: `$1` pairs, `$2` tokens, `$3` year of birth, `$4` one name, `$5` the tokens borne by
 * few, `$6` which query token reached each of `$2` and, when `dated`, `$9` the dates agreeing in
 * full with a full date asked (a statement of its own, so a check without a full date does not plan
 * that part). Each path is bounded, so a check reads about as much at 150,000 orders as at 10,000:
 * - `by_pair`: those who bear two of the tokens together in one name (the namesakes: however common
 *   each name is alone, only they are read): with a year asked, those born within the years a
 *   stand-in date may be out by first (at 150,000 orders, namesakes bearing several pairs, born
 *   decades apart, filled a check and pushed out the same-year namesakes an officer must see),
 *   then most pairs borne, then nearest the year, then the nearest spellings (pairs come nearest first);
 * - `by_year`: those born in the year asked, then a year either side, bearing the tokens of two
 *   parts of the name asked (spellings further than the pairs reach, "Ladislav" for László), or any
 *   of them for a single name. Bearers of one part alone were fifty of the hundred candidates of a
 *   check with a date, almost all then judged strangers: half its cost in the database;
 * - `by_date`: those bearing any of them born on a date that agrees in full with the date asked,
 *   however many share a name asked (only they may be returned on part of a name): a probe of the
 *   token postings by token, year and date for each token and date, nearest tokens first (reading
 *   everyone born on the dates and their tokens cost 7 ms where 1 January stand-ins gather);
 * - `by_name`, for a single name: its bearers; with a year asked, only those whose date of birth is
 *   unknown and every bearer of a name borne by few (a common surname born in another year is
 *   someone else, and the first fifty of its bearers were the oldest, never those with no date).
 * Each key is probed in its own index look-up (a lateral subquery): with a few hundred keys the
 * planner otherwise prefers to scan a small register's whole table. The indexes hold the subject
 * and the year, so the namesakes are read from the indexes alone.
 */
export const namedSubjectsSql = (dated: boolean): string => `by_pair AS (
       SELECT p.subject_id FROM unnest($1::text[]) WITH ORDINALITY AS k(pair, nearness)
        CROSS JOIN LATERAL (
              (SELECT subject_id, birth_year FROM register_subject_pairs r
                WHERE r.pair = k.pair AND r.birth_year >= coalesce($3::int, 0) ORDER BY r.birth_year LIMIT ${MOST_PER_PAIR})
              UNION ALL
              (SELECT subject_id, birth_year FROM register_subject_pairs r
                WHERE r.pair = k.pair AND r.birth_year < $3::int ORDER BY r.birth_year DESC LIMIT ${MOST_PER_PAIR})
              UNION ALL
              (SELECT subject_id, birth_year FROM register_subject_pairs r
                WHERE r.pair = k.pair AND r.birth_year IS NULL LIMIT ${MOST_PER_PAIR})) p
        GROUP BY p.subject_id
        ORDER BY min(CASE WHEN $3::int IS NULL OR abs(p.birth_year - $3::int) <= ${PLACEHOLDER_YEARS_TOLERATED} THEN 0 ELSE 1 END), count(*) DESC,
                 min(CASE WHEN $3::int IS NULL THEN 0 ELSE coalesce(abs(p.birth_year - $3::int), 1000) END), min(k.nearness), p.subject_id
        LIMIT ${MOST_CANDIDATES}),
     by_year AS (
       SELECT t.subject_id FROM unnest($2::text[], $6::int[]) WITH ORDINALITY AS k(token, part, nearness)
        CROSS JOIN LATERAL (
              (SELECT subject_id, 0 AS apart FROM register_subject_tokens r
                WHERE r.token = k.token AND r.birth_year = $3::int LIMIT ${MOST_CANDIDATES})
              UNION ALL
              (SELECT subject_id, 1 FROM register_subject_tokens r
                WHERE r.token = k.token AND r.birth_year IN ($3::int - 1, $3::int + 1) LIMIT ${MOST_A_YEAR_APART})) t
        WHERE $3::int IS NOT NULL
        GROUP BY t.subject_id
       HAVING $4::boolean OR cardinality($1::text[]) = 0 OR count(DISTINCT k.part) >= 2
        ORDER BY min(t.apart), min(k.nearness)
        LIMIT ${MOST_CANDIDATES}),
${
  dated
    ? `     by_date AS (
       SELECT t.subject_id FROM unnest($2::text[]) AS k(token)
        CROSS JOIN unnest($9::date[]) AS d(day)
        CROSS JOIN LATERAL (
              SELECT subject_id FROM register_subject_tokens r
               WHERE r.token = k.token AND r.birth_year = extract(year FROM d.day)::int AND r.date_of_birth = d.day
               LIMIT ${MOST_CANDIDATES}) t
        LIMIT ${MOST_CANDIDATES}),
`
    : ''
}     by_name AS (
       SELECT t.subject_id FROM unnest($2::text[]) AS k(token)
        CROSS JOIN LATERAL (
              (SELECT subject_id FROM register_subject_tokens r
                WHERE r.token = k.token AND ($3::int IS NULL OR k.token = ANY($5::text[])) LIMIT ${MOST_CANDIDATES})
              UNION ALL
              (SELECT subject_id FROM register_subject_tokens r
                WHERE r.token = k.token AND r.birth_year IS NULL AND $3::int IS NOT NULL LIMIT ${MOST_CANDIDATES})) t
        WHERE $4::boolean
        LIMIT ${MOST_CANDIDATES}),
     named_subjects AS (
       SELECT subject_id FROM by_pair UNION SELECT subject_id FROM by_year UNION SELECT subject_id FROM by_name
       ${dated ? 'UNION SELECT subject_id FROM by_date' : ''})`;

/** The parameters `$1`–`$6` of {@link namedSubjectsSql}; a search that reached nothing reads nothing. */
export function namedSubjectsParameters(search: NameSearch | null): [string[], string[], number | null, boolean, string[], number[]] {
  if (!search) return [[], [], null, false, [], []];
  return [search.pairs, search.tokens, search.birthYear, search.oneName, search.fewBorne, search.tokenParts];
}

/**
 * Reads the name index's vocabulary: each query token's keys (spelling, one-letter slips, sound,
 * variant and English-form groups) lead to register tokens, ranked by how near they are, and how
 * many subjects bear each; the candidates are then read by {@link namedSubjectsSql} in the same
 * statement as their names and orders. The scorer judges each candidate in full.
 */
export class NameIndexLookup {
  private subjectCount: { value: number; at: number } | null = null;
  private counting: Promise<number> | null = null;
  readonly vocabulary: Vocabulary;

  constructor(private readonly db: DataSource) {
    this.vocabulary = new Vocabulary(db, MOST_TOKENS_REMEMBERED, MOST_EXPANSIONS);
  }

  /**
   * `parts`: how many parts the name asked has (a surname alone is one; joined forms are not
   * counted); `afresh`: the vocabulary read from the database, not remembered.
   */
  async search(tokens: readonly string[], dateOfBirth: string | null, parts: number, afresh = false): Promise<NameSearch> {
    const birthYear = dateOfBirth ? Number(dateOfBirth.slice(0, 4)) : null;
    const oneName = parts <= 1;
    const counted = await this.countSubjects();
    const { reaches, version, remembered } = await this.vocabulary.reach(tokens, afresh);
    const bearersOf = (token: string) => reaches.find((reach) => reach.bearers.has(token))?.bearers.get(token) ?? 0;
    // Each register token reached, nearest first, with the query token that reached it first.
    const partOf = new Map<string, number>();
    reaches.forEach((reach, part) => {
      for (const token of reach.nearest.slice(0, MOST_EXPANSIONS)) if (!partOf.has(token)) partOf.set(token, part);
    });
    const expansions = [...partOf.keys()];
    return {
      pairs: expansions.length > 0 ? pairKeys(tokens, reaches, parts) : [],
      tokens: expansions,
      tokenParts: [...partOf.values()],
      birthYear,
      birthDates: dateOfBirth ? datesAgreeingWith(dateOfBirth) : [],
      oneName,
      fewBorne: expansions.filter((token) => bearersOf(token) <= MOST_CANDIDATES),
      frequency: (token) => bearersOf(token) + PRIOR_BEARERS,
      subjects: counted + PRIOR_SUBJECTS,
      vocabulary: { version, remembered },
    };
  }

  /**
   * The count is read from an index of the subjects with orders (a scan of every subject took
   * 150–360 ms at 150,000 orders on a busy machine): once known, a check uses the count held and a
   * stale one is refreshed beside it, never on its path.
   */
  private async countSubjects(): Promise<number> {
    const held = this.subjectCount;
    // The checks that arrive before the first count wait for the same one: at start-up under load,
    // each had counted for itself (thirty scans of every subject at once).
    if (!held) return this.countOnce();
    // A failed recount leaves the count held; the next check past its time tries again.
    if (Date.now() - held.at >= SUBJECT_COUNT_TTL_MS) void this.countOnce().catch(() => undefined);
    return held.value;
  }

  /** The count in progress, or a new one: never two at once. */
  private countOnce(): Promise<number> {
    return (this.counting ??= this.recount().finally(() => (this.counting = null)));
  }

  private async recount(): Promise<number> {
    const [row]: { subjects: string | number }[] = await this.db.query(`SELECT count(*) AS subjects FROM register_subjects WHERE has_orders`);
    this.subjectCount = { value: Math.max(1, Number(row?.subjects ?? 0)), at: Date.now() };
    return this.subjectCount.value;
  }
}

/**
 * The name index's pair keys a full name is looked up by: for each two query tokens that are not
 * a joined neighbour and one of its parts, each two register tokens they may stand for. Reads only
 * the namesakes, however common each name is alone.
 */
function pairKeys(tokens: readonly string[], reaches: readonly TokenReach[], parts: number): string[] {
  const keys = new Map<string, number>();
  const expansions = parts > 2 ? MOST_PAIRED_EXPANSIONS_IN_LONG_NAMES : MOST_PAIRED_EXPANSIONS;
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j < tokens.length; j++) {
      if (joinedOf(tokens[i] as string, tokens[j] as string, tokens)) continue;
      for (const x of (reaches[i]?.nearest ?? []).slice(0, expansions)) {
        for (const y of (reaches[j]?.nearest ?? []).slice(0, expansions)) {
          if (x === y) continue;
          const key = pairKey(x, y);
          const near = (reaches[i]?.closeness.get(x) ?? 0) + (reaches[j]?.closeness.get(y) ?? 0);
          keys.set(key, Math.max(keys.get(key) ?? 0, near));
        }
      }
    }
  }
  // Nearest first: the statement ranks namesakes by the nearest pair they bear.
  return [...keys]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MOST_PAIRS)
    .map(([key]) => key);
}
