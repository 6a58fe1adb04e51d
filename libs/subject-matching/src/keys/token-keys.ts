import { nameGroupsOf } from '../names/name-groups.js';
import { soundFold, surnameForm } from '../names/name-forms.js';
import { foldToken, spellingsBeforeFold } from '../names/particles.js';
import { phoneticCodes } from './phonetic-codes.js';

/** Tokens shorter than this get no edit keys: a slip in a 3-letter name is another name. */
export const MIN_EDIT_KEY_LENGTH = 4;

/**
 * Every key under which a normalised register token must be findable. Kinds, by first character:
 * - `=` the token, with Mac folded to Mc (MacDonald and McDonald share `=mcdonald`), and again
 *   with one sound spelled the English way (Xhafa, Dzhabarov, Pham: `=jafa`, `=jabarov`, `=fam`);
 * - `^` the stem of a Lithuanian surname, men's and women's forms alike (Kazlauskas,
 *   Kazlauskienė, Kazlauskaitė: `^kazlausk`); a woman's form also gets `=` + the stem, which is
 *   the Czech or Slovak man's form (Horváthová: `=horvath`); see `name-forms.ts`;
 * - `~` symmetric-delete keys: the token itself and each spelling with one letter deleted, so any
 *   two tokens one insertion, deletion, substitution or adjacent transposition apart share one
 *   (tokens of 4+ letters; a 3-letter token gets only `~token`, so a 4-letter one reaches it);
 * - `#` Double Metaphone primary and alternate codes (names as heard: Kowalsky, Wisnewski);
 * - `@` the curated variant or English-form groups it belongs to (Muhammad, Jan/John).
 * About 10–20 keys for a typical surname; distinct.
 */
export function tokenKeys(token: string): string[] {
  const folded = foldToken(token);
  const keys = new Set<string>([`=${folded}`, `=${soundFold(folded)}`]);
  const form = surnameForm(folded);
  if (form) keys.add(`^${form.stem}`);
  // A man's Czech or Slovak form has no ending: a woman's form is found under his exact key.
  if (form?.feminine) keys.add(`=${form.stem}`);
  // A Mc token is findable by the edits of its Mac spelling too.
  for (const spelling of spellingsBeforeFold(folded)) {
    if (spelling.length >= MIN_EDIT_KEY_LENGTH - 1) keys.add(`~${spelling}`);
    if (spelling.length < MIN_EDIT_KEY_LENGTH) continue;
    for (let i = 0; i < spelling.length; i += 1) keys.add(`~${spelling.slice(0, i)}${spelling.slice(i + 1)}`);
  }
  for (const code of phoneticCodes(folded)) keys.add(`#${code}`);
  for (const group of nameGroupsOf(token)) keys.add(`@${group.id}`);
  return [...keys];
}

/** The keys to look up for a query token: the same kinds, so a shared key means a possible match. */
export function queryKeys(token: string): string[] {
  return tokenKeys(token);
}
