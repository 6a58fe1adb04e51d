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
  // Three rows: two back (for transpositions), previous, current; reused between calls.
  ensureRows(bLength + 1);
  let twoBack = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j <= bLength; j += 1) previous[j] = j;
  for (let i = 1; i <= aLength; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    const aCode = a.charCodeAt(i - 1);
    for (let j = 1; j <= bLength; j += 1) {
      const bCode = b.charCodeAt(j - 1);
      const cost = aCode === bCode ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && aCode === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bCode) {
        best = Math.min(best, twoBack[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > ceiling) return ceiling + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[bLength]!, ceiling + 1);
}

let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

function ensureRows(length: number): void {
  if (rowA.length >= length) return;
  rowA = new Int32Array(length * 2);
  rowB = new Int32Array(length * 2);
  rowC = new Int32Array(length * 2);
}
