import type { DataSource } from 'typeorm';
import { datesAgreeingWith, joinedOf, type TokenFrequency } from '#subject-matching';
import { pairKey } from '../projection/subject-names.js';
import { MOST_CANDIDATES } from './held-name-index.js';
import { type TokenReach, Vocabulary } from './vocabulary.js';

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
 * Reads the name index's vocabulary: each query token's keys (spelling, one-letter slips, sound,
 * variant and English-form groups) lead to register tokens, ranked by how near they are, and how
 * many subjects bear each; the candidates they reach are then found in the held name index
 * (`HeldNameIndex`). The scorer judges each candidate in full.
 */
export class NameIndexLookup {
  readonly vocabulary: Vocabulary;

  constructor(private readonly db: DataSource) {
    this.vocabulary = new Vocabulary(db, MOST_TOKENS_REMEMBERED, MOST_EXPANSIONS);
  }

  /**
   * `parts`: how many parts the name asked has (a surname alone is one; joined forms are not
   * counted); `subjects`: how many subjects with orders the register holds; `afresh`: the vocabulary
   * read from the database, not remembered.
   */
  async search(tokens: readonly string[], dateOfBirth: string | null, parts: number, subjects: number, afresh = false): Promise<NameSearch> {
    const birthYear = dateOfBirth ? Number(dateOfBirth.slice(0, 4)) : null;
    const oneName = parts <= 1;
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
      subjects: Math.max(1, subjects) + PRIOR_SUBJECTS,
      vocabulary: { version, remembered },
    };
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
