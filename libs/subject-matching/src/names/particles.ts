/**
 * Name particles: written joined, hyphenated or apart (Al-Hassan / Alhassan / Al Hassan,
 * Mc Donald / McDonald, O Neill / O'Neill, van der Berg / Vanderberg). A particle is never a whole
 * name on its own for matching: it is kept as a token (Lê, Đỗ and Văn are also Vietnamese names),
 * but a query particle that finds nothing is not held against a candidate.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  // Arabic, Persian, Pashto, Urdu
  'al', 'el', 'ul', 'ad', 'ar', 'as', 'at', 'an', 'ash', 'abu', 'abd', 'abdul', 'abdel', 'bin', 'ibn', 'bint', 'ben', 'bou',
  // Dutch, German, Flemish
  'van', 'der', 'den', 'von', 'vom', 'zu', 'ter', 'ten', 'te',
  // Romance languages
  'de', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'du', 'la', 'le', 'lo', 'y',
  // Gaelic and Norman
  'mc', 'mac', 'o', 'ni', 'nic', 'fitz', 'st',
]);

export function isParticle(token: string): boolean {
  return PARTICLES.has(token);
}

/**
 * The spelling a token is compared and indexed under: the Scottish and Irish "Mac" written "Mc"
 * (MacDonald and McDonald are the same name; DOMAIN.md §5 "Mc/Mac").
 */
export function foldToken(token: string): string {
  return token.length >= 6 && token.startsWith('mac') ? `mc${token.slice(3)}` : token;
}

/**
 * A folded token and, for a Mc name, its Mac spelling: a slip can undo the fold (Macdonald typed
 * aMacdonald is not folded), so slips are counted from either.
 */
export function spellingsBeforeFold(folded: string): string[] {
  return folded.startsWith('mc') && folded.length >= 5 ? [folded, `mac${folded.slice(2)}`] : [folded];
}
