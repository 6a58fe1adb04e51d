import { nameTokens } from '#domain';
import { isParticle } from './particles.js';

/**
 * How many parts of a name are names in their own right: particles before another part do not
 * count (Al Hassan is one name; Lê at the end is a name). A check of one name is looked up name
 * by name; of two or more, by the pairs they make.
 */
export function namePartCount(raw: string): number {
  const parts = nameTokens(raw);
  return parts.filter((part, index) => !isParticle(part) || parts.slice(index + 1).every(isParticle)).length;
}

/**
 * Whether one of two tokens of a name is the other joined to a third of the same name (alhassan
 * and hassan, with al): such two are one name written two ways, not two names borne together.
 * Ion and Ionescu are two names.
 */
export function joinedOf(a: string, b: string, tokens: readonly string[]): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long === short) return true;
  const rest = long.startsWith(short) ? long.slice(short.length) : long.endsWith(short) ? long.slice(0, long.length - short.length) : null;
  return rest !== null && tokens.includes(rest);
}
