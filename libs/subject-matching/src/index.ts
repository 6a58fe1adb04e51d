// The public API of libs/subject-matching: pure functions for finding a subject however the name
// is spelled (DOMAIN.md §5). No framework, no I/O, no clock. Only what other packages use.

export { datesAgreeingWith } from './dates/date-of-birth.js';
export { matchTokens } from './names/match-tokens.js';
export { joinedOf, namePartCount } from './names/name-parts.js';
export { queryKeys, tokenKeys } from './keys/token-keys.js';
export { PLACEHOLDER_YEARS_TOLERATED, scoreCandidate } from './scoring/score-candidate.js';
export type { Band, Candidate, CandidateName, MatchQuery, MatchReason, Scored, TokenFrequency } from './scoring/score-candidate.js';
export { jaroWinkler } from './similarity/jaro-winkler.js';
