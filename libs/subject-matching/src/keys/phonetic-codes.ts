import { doubleMetaphone } from 'double-metaphone';

// Tokens recur across the register and across candidates: remember codes for the most recent few.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, readonly string[]>();

/**
 * Double Metaphone (Lawrence Philips, 2000) primary and alternate codes of a normalised token,
 * distinct, codes shorter than two letters left out (they find too much to be worth a key).
 */
export function phoneticCodes(token: string): readonly string[] {
  const known = cache.get(token);
  if (known) return known;
  const [primary, alternate] = doubleMetaphone(token);
  const codes = [primary, alternate].filter((code, index, all) => code.length >= 2 && all.indexOf(code) === index);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, codes);
  return codes;
}

export function sharePhoneticCode(a: string, b: string): boolean {
  const aCodes = phoneticCodes(a);
  const bCodes = phoneticCodes(b);
  return aCodes.some((code) => bCodes.includes(code));
}
