// Letters that Unicode decomposition leaves alone but officers type without their stroke or
// ligature (DOMAIN.md §5). Keys are lower case because folding happens first.
const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
};
const LETTER_MAP = new RegExp(`[${Object.keys(LETTERS_WITHOUT_DECOMPOSITION).join('')}]`, 'gu');

// Apostrophe look-alikes, removed before NFKC because it turns the acute accent sign into a space
// plus a combining mark, which would split O´Neill in two.
const APOSTROPHES = /['\u2018\u2019\u201B\u02BB\u02BC\u02BD\u0060\u00B4\u2032\uFF07]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const INVISIBLE = /\p{Cf}/gu;
// Hyphens, dashes and any other punctuation or symbol separate name parts (Smith-Jones, "Kowal, Jan").
const SEPARATORS = /[\p{P}\p{S}\p{Cc}\s]+/gu;
/** Letters a to z in either case, parts separated by single spaces. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The matching key for a name (DOMAIN.md §5): Łukasz → lukasz, Nguyễn → nguyen, O'Neill → oneill,
 * Ștefan and Ştefan alike, Straße → strasse. Not for display: keep the original spelling for that.
 */
export function normaliseName(raw: string): string {
  // Most names are plain ASCII letters already: the folding below would leave them as they are,
  // lower-cased (its Unicode passes were a fiftieth of a national seed's work).
  if (PLAIN_NAME.test(raw)) return raw.toLowerCase();
  const folded = raw.replace(APOSTROPHES, '').normalize('NFKC').toLowerCase();
  const unmarked = folded.normalize('NFD').replace(COMBINING_MARKS, '');
  return unmarked
    .replace(LETTER_MAP, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(INVISIBLE, '')
    .replace(SEPARATORS, ' ')
    .trim()
    .normalize('NFC');
}

/** The name's parts after normalising, so forename/surname swaps and double surnames can be matched. */
export function nameTokens(raw: string): string[] {
  return normaliseName(raw)
    .split(' ')
    .filter((token) => token.length > 0);
}
