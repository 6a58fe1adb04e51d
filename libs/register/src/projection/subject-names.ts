import { type Alias, isErasedName, type SubjectParticulars } from '#domain';
import { joinedOf, matchTokens } from '#subject-matching';

/** One name a subject is known by, as the register searches it. */
export interface SubjectNameRow {
  forenames: string;
  surname: string;
  isAlias: boolean;
  tokens: string[];
}

/** Every name of a subject — the recorded name first, then each alias — each once. */
export function subjectNameRows(particulars: Pick<SubjectParticulars, 'forenames' | 'surname' | 'aliases'>): SubjectNameRow[] {
  return uniqueNames([
    nameRow({ forenames: particulars.forenames, surname: particulars.surname }, false),
    ...particulars.aliases.map((alias) => nameRow(alias, true)),
  ]);
}

export function aliasRows(aliases: readonly Alias[]): SubjectNameRow[] {
  return uniqueNames(aliases.map((alias) => nameRow(alias, true)));
}

/**
 * A name the subject notified (R16-R17) is written as one string: the last word is taken as the
 * surname for display; matching reads every word alike.
 */
export function notifiedNameAsAlias(name: string): Alias {
  const words = name.trim().split(/\s+/u);
  return { forenames: words.slice(0, -1).join(' '), surname: words.at(-1) ?? '' };
}

function nameRow(name: Alias, isAlias: boolean): SubjectNameRow {
  return { forenames: name.forenames, surname: name.surname, isAlias, tokens: matchTokens(`${name.forenames} ${name.surname}`) };
}

function uniqueNames(rows: SubjectNameRow[]): SubjectNameRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.forenames}\u0000${row.surname}`;
    // An erased subject's name reads as the marker: nobody is found by it.
    if (seen.has(key) || row.tokens.length === 0 || isErasedName(row)) return false;
    seen.add(key);
    return true;
  });
}

/** The distinct tokens of all a subject's names: what the name index holds for them. */
export function tokensOf(rows: readonly { tokens: readonly string[] }[]): string[] {
  return [...new Set(rows.flatMap((row) => row.tokens))].sort();
}

/** The postings to add and remove so that each subject's tokens are exactly those of their names. */
export function postingChanges(
  subjectIds: readonly string[],
  names: readonly { subjectId: string; tokens: readonly string[] }[],
  held: readonly { subjectId: string; token: string }[],
): { added: [string, string][]; removed: [string, string][] } {
  const wanted = new Map<string, Set<string>>();
  for (const { subjectId, tokens } of names) {
    const bySubject = wanted.get(subjectId) ?? new Set<string>();
    for (const token of tokens) bySubject.add(token);
    wanted.set(subjectId, bySubject);
  }
  const have = new Map<string, Set<string>>();
  for (const { subjectId, token } of held) have.set(subjectId, (have.get(subjectId) ?? new Set<string>()).add(token));
  const added: [string, string][] = [];
  const removed: [string, string][] = [];
  for (const subjectId of subjectIds) {
    const want = wanted.get(subjectId) ?? new Set<string>();
    const had = have.get(subjectId) ?? new Set<string>();
    for (const token of want) if (!had.has(token)) added.push([subjectId, token]);
    for (const token of had) if (!want.has(token)) removed.push([subjectId, token]);
  }
  return { added, removed };
}

/**
 * The pairs of tokens one name bears together, each written "a b" in order: what a check of a full
 * name looks up, so that it reads only the namesakes, not everyone with a common forename. A joined
 * neighbour and one of its own parts (alhassan, hassan) are not a pair.
 */
export function namePairs(tokens: readonly string[]): string[] {
  const distinct = [...new Set(tokens)].sort();
  const pairs: string[] = [];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const a = distinct[i] as string;
      const b = distinct[j] as string;
      if (joinedOf(a, b, distinct)) continue;
      pairs.push(pairKey(a, b));
    }
  }
  return pairs;
}

/** How a pair of tokens is written in the name index, the same whichever comes first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** The distinct pairs of all a subject's names. */
export function pairsOf(rows: readonly { tokens: readonly string[] }[]): string[] {
  return [...new Set(rows.flatMap((row) => namePairs(row.tokens)))].sort();
}
