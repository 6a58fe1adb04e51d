import { nameTokens } from '#domain';
import { foldToken, isParticle } from '../names/particles.js';
import { levelWeight, NAME_DISAGREEMENT, NAME_MISSING } from './match-weights.js';
import { tokenAgreement, type TokenLevel } from './token-agreement.js';

/** A name ready for comparison: its parts, and the pieces (single parts and joined neighbours). */
export interface PreparedName {
  /** Positions of the parts that are not particles, as a bit mask. */
  readonly required: number;
  readonly partCount: number;
  /** Position of the first surname part (candidates) or of the last part (queries). */
  readonly surnameStart: number;
  readonly pieces: readonly Piece[];
}

interface Piece {
  readonly text: string;
  /** The parts this piece covers, as a bit mask. */
  readonly covers: number;
}

const MAX_PARTS = 12;

/**
 * Splits a name into parts and pieces: each part, each pair of neighbours joined (Al Hassan →
 * alhassan, Abdul Rahman → abdulrahman) and each run of particles joined to the part after it
 * (van der Berg → vanderberg). `boundary` keeps a candidate's forenames and surname apart.
 */
export function prepareName(forenames: string, surname: string | null): PreparedName {
  const first = namePartsOf(forenames);
  const last = surname === null ? [] : namePartsOf(surname);
  const parts = [...first, ...last].slice(0, MAX_PARTS);
  const boundary = surname === null ? -1 : first.length;
  const pieces: Piece[] = [];
  let required = 0;
  parts.forEach((part, i) => {
    pieces.push({ text: part, covers: 1 << i });
    if (!actsAsParticle(parts, i, boundary)) required |= 1 << i;
  });
  for (let i = 0; i + 1 < parts.length; i += 1) {
    if (i + 1 === boundary) continue;
    pieces.push({ text: foldToken((parts[i] as string) + (parts[i + 1] as string)), covers: (1 << i) | (1 << (i + 1)) });
    if (!isParticle(parts[i] as string)) continue;
    for (let end = i + 1; isParticle(parts[end] as string) && end + 1 < parts.length && end + 1 !== boundary; ) {
      end += 1;
      pieces.push({ text: foldToken(parts.slice(i, end + 1).join('')), covers: ((1 << (end + 1)) - 1) & ~((1 << i) - 1) });
    }
  }
  const surnameStart = surname === null ? Math.max(0, parts.length - 1) : boundary;
  return { required, partCount: parts.length, surnameStart, pieces };
}

/**
 * A particle only where a name part follows it in the same name (Al Hassan, van der Berg): at the
 * end, or standing for a whole surname, it is the name itself (Lê, Đỗ, Da are Vietnamese and
 * Portuguese surnames), and required like any other.
 */
function actsAsParticle(parts: readonly string[], index: number, boundary: number): boolean {
  if (!isParticle(parts[index] as string)) return false;
  const segmentEnd = boundary > index ? boundary : parts.length;
  for (let next = index + 1; next < segmentEnd; next += 1) if (!isParticle(parts[next] as string)) return true;
  return false;
}

const PLAIN = /^[a-z]+( [a-z]+)*$/;

// Most register names are plain ASCII letters: skip Unicode normalisation for those.
function namePartsOf(raw: string): string[] {
  const lower = raw.trim().toLowerCase();
  const tokens = PLAIN.test(lower) ? lower.split(' ') : nameTokens(raw);
  return tokens.slice(0, MAX_PARTS).map(foldToken);
}

export type NameState = 'full' | 'partial' | 'none';

export interface NameAgreement {
  state: NameState;
  weight: number;
  levels: Set<TokenLevel>;
  /** Surname and forenames swapped between query and candidate. */
  swapped: boolean;
  /** Some query part found no counterpart. */
  incomplete: boolean;
}

interface Pairing {
  query: Piece;
  candidate: Piece;
  level: TokenLevel;
  weight: number;
}

/**
 * Pairs query pieces with candidate pieces, best weight first, no part used twice, in any order
 * (forename/surname swaps, surname written first). A query part left over costs little when the
 * candidate has nothing left either (a middle name left off), more when it has something else.
 */
export function compareNames(
  query: PreparedName,
  candidate: PreparedName,
  frequency: (token: string) => number,
  subjects: number,
): NameAgreement {
  const pairings: Pairing[] = [];
  for (const q of query.pieces) {
    for (const c of candidate.pieces) {
      const level = tokenAgreement(q.text, c.text);
      if (level === null) continue;
      const seen = level === 'exact' ? frequency(c.text) : Math.max(frequency(q.text), frequency(c.text));
      pairings.push({ query: q, candidate: c, level, weight: levelWeight(level, seen, subjects) });
    }
  }
  pairings.sort((a, b) => b.weight - a.weight || bitCount(b.query.covers) - bitCount(a.query.covers));
  let queryUsed = 0;
  let candidateUsed = 0;
  let weight = 0;
  const levels = new Set<TokenLevel>();
  const chosen: Pairing[] = [];
  for (const pairing of pairings) {
    if ((pairing.query.covers & queryUsed) !== 0 || (pairing.candidate.covers & candidateUsed) !== 0) continue;
    queryUsed |= pairing.query.covers;
    candidateUsed |= pairing.candidate.covers;
    weight += pairing.weight;
    levels.add(pairing.level);
    chosen.push(pairing);
  }
  const matchedParts = bitCount(query.required & queryUsed);
  const leftOver = bitCount(query.required & ~queryUsed);
  const candidateSpare = bitCount(candidate.required & ~candidateUsed);
  const excused = leftOver > 0 && candidateSpare === 0 && matchedParts >= 2;
  weight += excused ? leftOver * NAME_MISSING : Math.min(leftOver, Math.max(candidateSpare, 1)) * NAME_DISAGREEMENT;
  const state: NameState = matchedParts === 0 ? 'none' : leftOver === 0 || excused ? 'full' : 'partial';
  return { state, weight, levels, swapped: isSwapped(query, candidate, chosen), incomplete: leftOver > 0 };
}

// The query is read forenames-first: its last part is the surname. Swapped when the candidate's
// surname was found at the front of the query and its forenames at the end.
function isSwapped(query: PreparedName, candidate: PreparedName, chosen: readonly Pairing[]): boolean {
  if (bitCount(query.required) < 2) return false;
  const queryLast = 1 << lastSet(query.required);
  const candidateSurname = ~((1 << candidate.surnameStart) - 1);
  let surnameAtEnd = false;
  let surnameElsewhere = false;
  for (const { query: q, candidate: c } of chosen) {
    if ((c.covers & candidateSurname) === 0) continue;
    if ((q.covers & queryLast) !== 0) surnameAtEnd = true;
    else surnameElsewhere = true;
  }
  return surnameElsewhere && !surnameAtEnd;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

function lastSet(mask: number): number {
  return 31 - Math.clz32(mask);
}
