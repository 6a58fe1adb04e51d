import { doubleMetaphone } from 'double-metaphone';
import { Remembered } from '../remembered.js';

// Tokens recur across the register and across candidates.
const remembered = new Remembered<readonly string[]>(50_000);

/**
 * Double Metaphone (Lawrence Philips, 2000) primary and alternate codes of a normalised token,
 * distinct, codes shorter than two letters left out (they find too much to be worth a key).
 */
export function phoneticCodes(token: string): readonly string[] {
  return remembered.get(token, () => {
    const [primary, alternate] = doubleMetaphone(token);
    return [primary, alternate].filter((code, index, all) => code.length >= 2 && all.indexOf(code) === index);
  });
}

export function sharePhoneticCode(a: string, b: string): boolean {
  const aCodes = phoneticCodes(a);
  const bCodes = phoneticCodes(b);
  return aCodes.some((code) => bCodes.includes(code));
}
