import { compareDatesOfBirth, type DateOfBirthComparison } from '../dates/date-of-birth.js';
import { dateOfBirthWeight, IDENTIFIER_DISAGREEMENT } from './match-weights.js';
import { Remembered, RememberedPairs } from '../remembered.js';
import { compareNames, prepareName, type NameAgreement, type PreparedName } from './name-agreement.js';

export interface CandidateName {
  forenames: string;
  surname: string;
  isAlias: boolean;
}

export interface Candidate {
  names: CandidateName[];
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  /** canonical, as `parsePncId` gives it */
  pncId: string | null;
  /** canonical, as `parseCroNumber` of #domain gives it */
  croNumber: string | null;
}

export interface MatchQuery {
  /** As the officer typed it, forenames first or surname first. */
  name: string | null;
  /** YYYY-MM-DD or YYYY */
  dateOfBirth: string | null;
  pncId: string | null;
  croNumber: string | null;
}

/** How many register subjects have this normalised token in any name (0 if unknown). */
export interface TokenFrequency {
  (token: string): number;
}

export type Band = 'strong' | 'possible';

export type MatchReason =
  | 'pncId'
  | 'croNumber'
  | 'name'
  | 'alias'
  | 'nameOrder'
  | 'variant'
  | 'englishForm'
  | 'phonetic'
  | 'spelling'
  | 'partialName'
  | 'dateOfBirth'
  | 'dateOfBirthTransposed'
  | 'yearOfBirth';

export interface Scored {
  /** 0..1, two decimals; 1 only for an identifier match. */
  score: number;
  band: Band;
  matchedOn: MatchReason[];
}

/** The order reasons are listed in: identifiers, then the name, then the date of birth. */
const REASON_ORDER: readonly MatchReason[] = [
  'pncId', 'croNumber', 'name', 'alias', 'nameOrder', 'variant', 'englishForm', 'phonetic', 'spelling', 'partialName',
  'dateOfBirth', 'dateOfBirthTransposed', 'yearOfBirth',
];

/** A whole name agreeing but a clearly different date of birth (not a 1 January stand-in): returned only for a name this rare. */
export const RARE_NAME_BITS = 20;
/**
 * Part of the name agreeing (the surname, not the forename): needs the full date of birth and this
 * much, so a common surname with a different forename is not enough even on the same birthday,
 * while a rare one may be (the person under another forename).
 */
export const PARTIAL_NAME_BITS = 16;
/** "strong": the whole name and the full date of birth agree, and the evidence reaches this. */
export const STRONG_BITS = 18;
/** The score is a logistic squash of the total weight: this many bits give 0.5… */
const SCORE_MIDPOINT_BITS = 12;
/** …and this many more bits double the odds. */
const SCORE_SCALE_BITS = 4;

const preparedQueries = new Remembered<PreparedName>(1_000);
const preparedNames = new RememberedPairs<PreparedName>(50_000);

/**
 * Judges one candidate subject against an officer's query (DOMAIN.md §5): null when the candidate
 * is a stranger, else a score, a band and the reasons. An exact PNC ID or CRO number is decisive.
 * Pure: the register's token frequencies come in through `frequency` and `subjects`.
 */
export function scoreCandidate(query: MatchQuery, candidate: Candidate, frequency: TokenFrequency, subjects: number): Scored | null {
  const reasons = new Set<MatchReason>();
  let identifierWeight = 0;
  if (query.pncId && candidate.pncId) {
    if (query.pncId === candidate.pncId) reasons.add('pncId');
    else identifierWeight += IDENTIFIER_DISAGREEMENT;
  }
  if (query.croNumber && candidate.croNumber) {
    if (query.croNumber === candidate.croNumber) reasons.add('croNumber');
    else identifierWeight += IDENTIFIER_DISAGREEMENT;
  }
  const decisive = reasons.size > 0;

  const name = bestName(query.name, candidate.names, frequency, subjects);
  const dateOfBirth = compareDatesOfBirth(query.dateOfBirth, candidate.dateOfBirth);
  if (name) addNameReasons(name.agreement, name.isAlias, reasons);
  addDateOfBirthReasons(dateOfBirth, reasons);
  const matchedOn = REASON_ORDER.filter((reason) => reasons.has(reason));
  if (decisive) return { score: 1, band: 'strong', matchedOn };

  if (!name || name.agreement.state === 'none') return null;
  const weight = name.agreement.weight + dateOfBirthWeight(dateOfBirth) + identifierWeight;
  if (!isReturned(name.agreement, dateOfBirth, weight)) return null;
  const strong =
    name.agreement.state === 'full' &&
    !dateOfBirth.yearOnly &&
    !dateOfBirth.placeholder &&
    (dateOfBirth.level === 'exact' || dateOfBirth.level === 'transposed') &&
    identifierWeight === 0 &&
    weight >= STRONG_BITS;
  return { score: scoreOf(weight), band: strong ? 'strong' : 'possible', matchedOn };
}

/**
 * A 1 January stand-in still usually carries the right year, give or take: dates of birth years
 * further apart than this are a different person's whatever their day and month.
 */
export const PLACEHOLDER_YEARS_TOLERATED = 2;

function isReturned(name: NameAgreement, dateOfBirth: DateOfBirthComparison, weight: number): boolean {
  const clearlyDifferent =
    dateOfBirth.level === 'differs' && (!dateOfBirth.placeholder || dateOfBirth.yearsApart > PLACEHOLDER_YEARS_TOLERATED);
  if (name.state === 'full') return !clearlyDifferent || weight >= RARE_NAME_BITS;
  const fullDateAgrees = !dateOfBirth.yearOnly && ['exact', 'transposed', 'near'].includes(dateOfBirth.level);
  return name.state === 'partial' && fullDateAgrees && weight >= PARTIAL_NAME_BITS;
}

function bestName(
  raw: string | null,
  names: readonly CandidateName[],
  frequency: TokenFrequency,
  subjects: number,
): { agreement: NameAgreement; isAlias: boolean } | null {
  if (raw === null) return null;
  const query = preparedQuery(raw);
  if (query.required === 0) return null;
  let best: { agreement: NameAgreement; isAlias: boolean } | null = null;
  for (const name of names) {
    const agreement = compareNames(query, preparedName(name.forenames, name.surname), frequency, subjects);
    if (!best || isBetter(agreement, name.isAlias, best)) best = { agreement, isAlias: name.isAlias };
  }
  return best;
}

const STATE_RANK = { full: 2, partial: 1, none: 0 } as const;

function isBetter(agreement: NameAgreement, isAlias: boolean, than: { agreement: NameAgreement; isAlias: boolean }): boolean {
  const rank = STATE_RANK[agreement.state] - STATE_RANK[than.agreement.state];
  if (rank !== 0) return rank > 0;
  if (agreement.weight !== than.agreement.weight) return agreement.weight > than.agreement.weight;
  return !isAlias && than.isAlias;
}

function preparedQuery(raw: string): PreparedName {
  return preparedQueries.get(raw, () => prepareName(raw, null));
}

function preparedName(forenames: string, surname: string): PreparedName {
  return preparedNames.get(forenames, surname, () => prepareName(forenames, surname));
}

function addNameReasons(agreement: NameAgreement, isAlias: boolean, reasons: Set<MatchReason>): void {
  if (agreement.state === 'none') return;
  reasons.add(isAlias ? 'alias' : 'name');
  if (agreement.swapped) reasons.add('nameOrder');
  for (const level of agreement.levels) if (level !== 'exact') reasons.add(level);
  if (agreement.incomplete) reasons.add('partialName');
}

function addDateOfBirthReasons({ level, yearOnly }: DateOfBirthComparison, reasons: Set<MatchReason>): void {
  if (level === 'exact') reasons.add(yearOnly ? 'yearOfBirth' : 'dateOfBirth');
  else if (level === 'transposed') reasons.add('dateOfBirthTransposed');
  else if (level === 'near') reasons.add('dateOfBirth');
  else if (level === 'sameYear') reasons.add('yearOfBirth');
}

function scoreOf(weight: number): number {
  const probability = 1 / (1 + 2 ** (-(weight - SCORE_MIDPOINT_BITS) / SCORE_SCALE_BITS));
  return Math.min(0.99, Math.max(0.01, Math.round(probability * 100) / 100));
}
