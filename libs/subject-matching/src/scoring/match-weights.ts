import { type DateOfBirthComparison } from '../dates/date-of-birth.js';
import { type TokenLevel } from './token-agreement.js';

/**
 * Match weights in bits, Fellegi–Sunter style as in Splink: a comparison level weighs
 * log2(m / u), m = how often a true match shows this level, u = how often two different people do.
 */

/** m for exact agreement on a name token: records of one person agree on it most of the time. */
const M_NAME_EXACT = 0.95;
const MAX_NAME_WEIGHT = 24;
const MIN_NAME_WEIGHT = 0.5;

/**
 * Term-frequency adjustment: u for exact agreement on a token is the share of register subjects
 * having it (at least one subject), so "smith" weighs less than "wisniewski".
 */
export function tokenWeight(frequency: number, subjects: number): number {
  const u = Math.max(frequency, 1) / Math.max(subjects, 1, frequency);
  return clamp(Math.log2(M_NAME_EXACT / u), MIN_NAME_WEIGHT, MAX_NAME_WEIGHT);
}

/**
 * The fuzzier levels: u grows (and m falls) as the level loosens; expressed as bits taken off the
 * token's frequency-adjusted weight, never below the floor.
 */
const LEVEL_PENALTY: Readonly<Record<TokenLevel, number>> = {
  exact: 0,
  variant: 1,
  englishForm: 2,
  spelling: 3,
  phonetic: 4,
};

export function levelWeight(level: TokenLevel, frequency: number, subjects: number): number {
  return Math.max(MIN_NAME_WEIGHT, tokenWeight(frequency, subjects) - LEVEL_PENALTY[level]);
}

/** A query name token the candidate has something else in its place for (Piotr against Jan). */
export const NAME_DISAGREEMENT = -4;
/** A query name token the candidate has nothing in place of (a middle name left off). */
export const NAME_MISSING = -1;

/**
 * Dates of birth: u for exact agreement on a full date ≈ 1 / (365 × 50 birth years) gives ~14
 * bits; with 1 January on either side (often a stand-in) it counts for about half.
 */
export function dateOfBirthWeight(comparison: DateOfBirthComparison): number {
  const { level, placeholder, yearOnly } = comparison;
  switch (level) {
    case 'exact':
      if (yearOnly) return 5.5; // u ≈ 1/50 birth years
      return placeholder ? 6 : 13.5;
    case 'transposed':
      return 9;
    case 'near':
      return placeholder ? 3.5 : 7;
    case 'sameYear':
      return placeholder ? 3 : 0.5;
    case 'differs':
      return placeholder ? -2 : -4.5; // m ≈ 0.05 (a wrong date on one record), u ≈ 0.95
    case 'unknown':
      return 0;
    default: {
      const never: never = level;
      return never;
    }
  }
}

/** Two records both carrying an identifier (PNC ID, CRO number) that differ. */
export const IDENTIFIER_DISAGREEMENT = -8;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
