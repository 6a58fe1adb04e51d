import { nameTokens } from '#domain';
import { isParticle } from './particles.js';

/**
 * The tokens a name is matched by: its normalised parts, then each run of particles joined to the
 * part after it (Al Hassan → alhassan, van der Berg → vanderberg) and every other pair of adjacent
 * parts joined (Abdul Rahman → abdulrahman, Smith-Jones → smithjones), so that a name written
 * joined, hyphenated or apart meets itself. Distinct, in order of first appearance.
 */
export function matchTokens(raw: string): string[] {
  const parts = nameTokens(raw);
  const tokens = new Set(parts);
  for (let i = 0; i + 1 < parts.length; i += 1) {
    tokens.add((parts[i] as string) + (parts[i + 1] as string));
    // A run of particles joins the part that ends it: van der berg → vanderberg (and derberg above).
    let end = i;
    while (end + 1 < parts.length && isParticle(parts[end] as string)) end += 1;
    if (end > i + 1) tokens.add(parts.slice(i, end + 1).join(''));
  }
  return [...tokens];
}
