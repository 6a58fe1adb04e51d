/**
 * Trigram similarity as PostgreSQL's pg_trgm computes it for one word: the word padded with two
 * spaces in front and one behind, split into distinct 3-character pieces, then shared / union.
 */
export function trigramSimilarity(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const aTrigrams = trigrams(a);
  const bTrigrams = trigrams(b);
  let shared = 0;
  for (const trigram of aTrigrams) if (bTrigrams.has(trigram)) shared += 1;
  const union = aTrigrams.size + bTrigrams.size - shared;
  return union === 0 ? 0 : shared / union;
}

export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const pieces = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) pieces.add(padded.slice(i, i + 3));
  return pieces;
}
