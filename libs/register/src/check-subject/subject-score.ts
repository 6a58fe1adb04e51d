/**
 * How strongly a register subject matches what the officer typed. An exact PNC ID is decisive:
 * nothing else reaches its score, and a subject whose PNC ID differs from the one typed ranks below
 * one with none recorded. Otherwise the name carries most weight and the date of birth ranks among
 * same-named people. Never a silent single hit: the caller returns every candidate, best first.
 */
export interface MatchEvidence {
  /** 'differs': the officer gave a PNC ID and the subject has another one. */
  pncId: 'matched' | 'differs' | 'not-asked' | 'unknown';
  nameMatched: boolean;
  nameAsked: boolean;
  /** 'exact' | 'year' when the officer gave a date of birth and it agrees; 'differs' when both are known and disagree. */
  dateOfBirth: 'exact' | 'year' | 'differs' | 'not-asked' | 'unknown';
}

const BELOW_A_PNC_MATCH = 0.95;

export function scoreMatch(evidence: MatchEvidence): number {
  if (evidence.pncId === 'matched') return 1;
  const dob = { exact: 0.3, year: 0.15, differs: -0.2, 'not-asked': 0, unknown: 0 }[evidence.dateOfBirth];
  const name = evidence.nameMatched ? 0.7 : 0;
  let score = evidence.nameAsked ? name + dob : dob > 0 ? (dob / 0.3) * 0.5 : 0;
  if (evidence.pncId === 'differs') score -= 0.3;
  return Math.round(Math.max(0, Math.min(BELOW_A_PNC_MATCH, score)) * 100) / 100;
}

export function pncEvidence(asked: string | null, known: string | null): MatchEvidence['pncId'] {
  if (!asked) return 'not-asked';
  if (!known) return 'unknown';
  return asked === known ? 'matched' : 'differs';
}

export function dateOfBirthEvidence(asked: string | null, known: string | null): MatchEvidence['dateOfBirth'] {
  if (!asked) return 'not-asked';
  if (!known) return 'unknown';
  if (asked.length === 4) return known.startsWith(asked) ? 'year' : 'differs';
  if (asked === known) return 'exact';
  return known.slice(0, 4) === asked.slice(0, 4) ? 'year' : 'differs';
}
