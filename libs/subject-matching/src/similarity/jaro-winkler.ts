/**
 * Jaro–Winkler similarity in [0, 1] (Winkler 1990): Jaro similarity raised for a common prefix of
 * up to 4 characters, with the usual scaling factor 0.1. Compares UTF-16 code units, which is
 * enough for normalised names (Latin letters after `normaliseName`).
 */
export function jaroWinkler(a: string, b: string): number {
  const jaro = jaroSimilarity(a, b);
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Jaro similarity: matching characters within half the longer length, less half the transpositions. */
export function jaroSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const aLength = a.length;
  const bLength = b.length;
  if (aLength === 0 || bLength === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(aLength, bLength) / 2) - 1);
  if (aMatched.length < aLength || bMatched.length < bLength) {
    aMatched = new Uint8Array(Math.max(aLength, bLength) * 2);
    bMatched = new Uint8Array(Math.max(aLength, bLength) * 2);
  }
  aMatched.fill(0, 0, aLength);
  bMatched.fill(0, 0, bLength);
  let matches = 0;
  for (let i = 0; i < aLength; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(bLength - 1, i + window);
    const code = a.charCodeAt(i);
    for (let j = from; j <= to; j += 1) {
      if (bMatched[j] === 0 && b.charCodeAt(j) === code) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let j = 0;
  for (let i = 0; i < aLength; i += 1) {
    if (aMatched[i] === 0) continue;
    while (bMatched[j] === 0) j += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions += 1;
    j += 1;
  }
  const transpositions = halfTranspositions / 2;
  return (matches / aLength + matches / bLength + (matches - transpositions) / matches) / 3;
}

// Scratch space reused between calls (single-threaded; never escapes a call).
let aMatched = new Uint8Array(32);
let bMatched = new Uint8Array(32);
