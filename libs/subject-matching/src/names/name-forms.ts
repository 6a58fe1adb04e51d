/**
 * Spelling rules that a list of names cannot cover, because they apply to every name.
 *
 * `soundFold`: letters that spell one sound across the register's languages, written the English
 * way — Albanian xh and Cyrillic дж romanised dzh (BGN/PCGN) or dj (French) are all "j"
 * (Xhafa/Jafa, Dzhabarov/Jabarov); ph is "f" (Pham/Fam).
 *
 * `masculineStem`: the family name behind a woman's form of it. Lithuanian surnames change ending
 * by sex and marriage (Kazlauskas → Kazlauskienė married, Kazlauskaitė unmarried; Petraitis →
 * Petraitienė, Petraitytė; Butkus → Butkienė, Butkutė); Czech and Slovak add -ová (Horváth →
 * Horváthová, Novák → Nováková). A stem is only compared where one side has a woman's ending, so
 * Thomas and Thomis are not made one.
 */
const SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/dzh|dj|xh/g, 'j'],
  [/ph/g, 'f'],
];

const SOUND_CACHE_LIMIT = 50_000;
const soundFolds = new Map<string, string>();

export function soundFold(token: string): string {
  if (!token.includes('h') && !token.includes('dj')) return token;
  const known = soundFolds.get(token);
  if (known !== undefined) return known;
  let folded = token;
  for (const [pattern, replacement] of SOUNDS) folded = folded.replace(pattern, replacement);
  if (soundFolds.size >= SOUND_CACHE_LIMIT) soundFolds.clear();
  soundFolds.set(token, folded);
  return folded;
}

const MIN_STEM = 4;
const LITHUANIAN_FEMININE = /(iene|aite|yte|ute)$/;
const LITHUANIAN_MASCULINE = /(as|is|us|ys)$/;
const CZECH_SLOVAK_FEMININE = /ova$/;

export interface SurnameForm {
  /** The key both forms share: the Lithuanian stem, or the Czech/Slovak masculine form. */
  stem: string;
  feminine: boolean;
}

export function surnameForm(token: string): SurnameForm | null {
  const last = token.charCodeAt(token.length - 1);
  // Every ending below ends in a, e or s: most names are ruled out by one comparison.
  if (last !== 97 && last !== 101 && last !== 115) return null;
  const lithuanian = LITHUANIAN_FEMININE.exec(token);
  if (lithuanian && token.length - lithuanian[0].length >= MIN_STEM) return { stem: token.slice(0, lithuanian.index), feminine: true };
  if (CZECH_SLOVAK_FEMININE.test(token) && token.length - 3 >= MIN_STEM) return { stem: token.slice(0, -3), feminine: true };
  const masculine = LITHUANIAN_MASCULINE.exec(token);
  if (masculine && token.length - 2 >= MIN_STEM) return { stem: token.slice(0, -2), feminine: false };
  return null;
}

/** A woman's form of the same family name as the other token (either way round). */
export function isSameFamilyName(a: string, b: string): boolean {
  const aForm = surnameForm(a);
  const bForm = surnameForm(b);
  if (aForm?.feminine && !bForm?.feminine) return aForm.stem === (bForm ? bForm.stem : b);
  if (bForm?.feminine && !aForm?.feminine) return bForm.stem === (aForm ? aForm.stem : a);
  return false;
}
