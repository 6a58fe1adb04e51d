import { BRITISH_IRISH, HUNGARIAN, LITHUANIAN, POLISH, ROMA, ROMANIAN, ALBANIAN, UKRAINIAN_RUSSIAN } from './communities-europe.js';
import { ARABIC_SOUTH_ASIAN, CHINESE, ERITREAN_ETHIOPIAN, INDIAN_BANGLADESHI, NIGERIAN, VIETNAMESE } from './communities-world.js';

/**
 * The people of one community an MSHT register in England and Wales holds (DOMAIN.md §5). Lists
 * are whitespace-separated (Vietnamese given names, which contain spaces, are separated by '|'),
 * most common first.
 */
export interface Community {
  name: string;
  /** Its share of subjects, relative to the others. */
  weight: number;
  forenames: string;
  surnames: string;
  /** Other forms of a forename the same person is recorded under: anglicised, transliterated, shortened. */
  aliases: Record<string, string[]>;
  /** Family name written first (Vietnamese, Chinese): officers often record the names swapped. */
  familyNameFirst?: boolean;
  /** The surname is the father's forename (Eritrean, Ethiopian). */
  patronymic?: boolean;
}

export const COMMUNITIES: readonly Community[] = [
  POLISH,
  ROMANIAN,
  ALBANIAN,
  VIETNAMESE,
  CHINESE,
  NIGERIAN,
  ERITREAN_ETHIOPIAN,
  LITHUANIAN,
  HUNGARIAN,
  ARABIC_SOUTH_ASIAN,
  ROMA,
  UKRAINIAN_RUSSIAN,
  BRITISH_IRISH,
  INDIAN_BANGLADESHI,
];

/** The names of a list, in rank order, each once. */
export function namesOf(list: string): string[] {
  const separator = list.includes('|') ? '|' : /\s+/;
  return [...new Set(list.split(separator).map((name) => name.trim()).filter((name) => name !== ''))];
}
