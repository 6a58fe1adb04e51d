import { linesOf } from '../../forms/form-fields.js';

export interface AliasName {
  forenames: string;
  surname: string;
}

/** At most this many aliases are read from the box (the API takes 50). */
const MOST_ALIASES = 51;

/** Aliases typed one a line as "SURNAME, Forenames" (the way police write names); a line without a comma is a surname. */
export function aliasesFrom(typed: string): AliasName[] {
  return linesOf(typed, MOST_ALIASES).map((line) => {
      const comma = line.indexOf(',');
      return comma < 0 ? { surname: line, forenames: '' } : { surname: line.slice(0, comma).trim(), forenames: line.slice(comma + 1).trim() };
    });
}

/** Aliases as the box shows them, one a line. */
export function aliasLines(aliases: readonly AliasName[]): string {
  return aliases.map((alias) => (alias.forenames ? `${alias.surname}, ${alias.forenames}` : alias.surname)).join('\n');
}
