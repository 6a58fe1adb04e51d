import { sharePhoneticCode } from '../keys/phonetic-codes.js';
import { isSameFamilyName, soundFold } from '../names/name-forms.js';
import { spellingsBeforeFold } from '../names/particles.js';
import { sharedNameGroup } from '../names/name-groups.js';
import { jaroWinkler } from '../similarity/jaro-winkler.js';
import { osaDistance } from '../similarity/osa-distance.js';
import { trigramSimilarity } from '../similarity/trigram-similarity.js';

/** How well one query token agrees with one candidate token, best first; null = they differ. */
export type TokenLevel = 'exact' | 'variant' | 'englishForm' | 'spelling' | 'phonetic';

/** Tokens this long or longer may differ by one typing slip; shorter ones must agree exactly. */
const MIN_SLIP_LENGTH = 4;
/** Long tokens may differ by two slips if they still look alike. */
const MIN_TWO_SLIP_LENGTH = 8;
const TWO_SLIP_JARO_WINKLER = 0.9;
/** A shared Double Metaphone code counts only for tokens this alike (Nowak and Nick share NK). */
const PHONETIC_JARO_WINKLER = 0.78;
/** …or share this many trigrams (pg_trgm's measure; letters in the same places, order aside). */
const PHONETIC_TRIGRAMS = 0.4;

// A check compares each query token with every name of up to a hundred candidates, and the same
// few tokens recur among them (the namesakes share them): remember the most recent answers.
// Keyed by the query token, then the candidate's: a check asks about few query tokens.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, Map<string, TokenLevel | null>>();
let cached = 0;

/** Compares two folded, normalised tokens (see `foldToken`). */
export function tokenAgreement(query: string, candidate: string): TokenLevel | null {
  if (query === candidate) return 'exact';
  let answers = cache.get(query);
  const known = answers?.get(candidate);
  if (known !== undefined) return known;
  const level = compareTokens(query, candidate);
  if (cached >= CACHE_LIMIT) {
    cache.clear();
    cached = 0;
    answers = undefined;
  }
  if (!answers) cache.set(query, (answers = new Map()));
  answers.set(candidate, level);
  cached += 1;
  return level;
}

/** One slip from the other's Mac spelling (aMacdonald and Macdonald, folded to mcdonald): the slip undid the fold. */
function isOneSlipFromMac(query: string, candidate: string): boolean {
  const [, queryMac] = spellingsBeforeFold(query);
  const [, candidateMac] = spellingsBeforeFold(candidate);
  return (queryMac !== undefined && osaDistance(queryMac, candidate, 1) <= 1) || (candidateMac !== undefined && osaDistance(query, candidateMac, 1) <= 1);
}

function compareTokens(query: string, candidate: string): TokenLevel | null {
  const group = sharedNameGroup(query, candidate);
  if (group) return group;
  const longer = Math.max(query.length, candidate.length);
  const shorter = Math.min(query.length, candidate.length);
  if (longer >= MIN_SLIP_LENGTH && shorter >= MIN_SLIP_LENGTH - 1) {
    const distance = osaDistance(query, candidate, 2);
    if (distance <= 1 || isOneSlipFromMac(query, candidate)) return 'spelling';
    if (distance === 2 && shorter >= MIN_TWO_SLIP_LENGTH && jaroWinkler(query, candidate) >= TWO_SLIP_JARO_WINKLER) return 'spelling';
  }
  if (isSameFamilyName(query, candidate)) return 'variant';
  if (soundFold(query) === soundFold(candidate)) return 'phonetic';
  if (shorter >= 2 && sharePhoneticCode(query, candidate)) {
    if (jaroWinkler(query, candidate) >= PHONETIC_JARO_WINKLER || trigramSimilarity(query, candidate) >= PHONETIC_TRIGRAMS) return 'phonetic';
  }
  return null;
}
