/**
 * Optimal string alignment distance (restricted Damerau–Levenshtein): the fewest insertions,
 * deletions, substitutions and transpositions of adjacent characters, no substring edited twice.
 * `ceiling` lets the caller stop early: any distance above it is returned as `ceiling + 1`.
 */
export function osaDistance(a: string, b: string, ceiling = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const aLength = a.length;
  const bLength = b.length;
  if (Math.abs(aLength - bLength) > ceiling) return ceiling + 1;
  if (aLength === 0) return bLength;
  if (bLength === 0) return aLength;
  // Three rows: two back (for transpositions), previous, current.
  let twoBack = new Array<number>(bLength + 1).fill(0);
  let previous = Array.from({ length: bLength + 1 }, (_, j) => j);
  let current = new Array<number>(bLength + 1).fill(0);
  for (let i = 1; i <= aLength; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    const aCode = a.charCodeAt(i - 1);
    for (let j = 1; j <= bLength; j += 1) {
      const bCode = b.charCodeAt(j - 1);
      const cost = aCode === bCode ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && aCode === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bCode) {
        best = Math.min(best, (twoBack[j - 2] as number) + 1);
      }
      current[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > ceiling) return ceiling + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[bLength] as number, ceiling + 1);
}
