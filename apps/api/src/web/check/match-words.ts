/** Why a candidate matched, in the words an officer would use. */
const REASON_WORDS: Record<string, string> = {
  pncId: 'PNC ID is the same',
  croNumber: 'CRO number is the same',
  name: 'the name matches',
  alias: 'matches a known alias',
  nameOrder: 'same names in a different order',
  variant: 'a variant of the name (for example a shortened form)',
  englishForm: 'the English form of the name',
  phonetic: 'the name sounds the same',
  spelling: 'the name is spelt slightly differently',
  partialName: 'part of the name matches',
  dateOfBirth: 'date of birth is the same',
  dateOfBirthTransposed: 'date of birth with day and month swapped',
  yearOfBirth: 'year of birth is the same',
};

export function reasonWords(reasons: readonly string[]): string[] {
  return reasons.map((reason) => REASON_WORDS[reason] ?? reason);
}
