/**
 * How strongly a register subject matches what the officer typed. An exact PNC ID is decisive;
 * otherwise the name carries most weight and the date of birth ranks among same-named people.
 * Never a silent single hit: the caller returns every candidate, best first.
 */
export interface MatchEvidence {
  pncMatched: boolean;
  nameMatched: boolean;
  nameAsked: boolean;
  /** 'exact' | 'year' when the officer gave a date of birth and it agrees; 'differs' when both are known and disagree. */
  dateOfBirth: 'exact' | 'year' | 'differs' | 'not-asked' | 'unknown';
}

export function scoreMatch(evidence: MatchEvidence): number {
  if (evidence.pncMatched) return 1;
  const dob = { exact: 0.3, year: 0.15, differs: -0.2, 'not-asked': 0, unknown: 0 }[evidence.dateOfBirth];
  const name = evidence.nameMatched ? 0.7 : 0;
  const score = evidence.nameAsked ? name + dob : dob > 0 ? dob / 0.3 * 0.5 : 0;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

export function dateOfBirthEvidence(asked: string | null, known: string | null): MatchEvidence['dateOfBirth'] {
  if (!asked) return 'not-asked';
  if (!known) return 'unknown';
  if (asked.length === 4) return known.startsWith(asked) ? 'year' : 'differs';
  if (asked === known) return 'exact';
  return known.slice(0, 4) === asked.slice(0, 4) ? 'year' : 'differs';
}
